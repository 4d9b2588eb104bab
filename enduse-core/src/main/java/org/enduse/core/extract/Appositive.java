package org.enduse.core.extract;

import java.util.List;

/**
 * A speaker's role set off by commas between the speaker and the verb: "Mykhailo Podolyak, adviser
 * to the head of the President's Office, denied", "Peter Stano, porte-parole de l'UE, a assuré".
 * The comma before the verb then closes the role; it is no reporting clause after the words (",
 * confirmed the chancellor"), whose speaker follows the verb.
 */
final class Appositive {
    private Appositive() {}

    /**
     * True when the comma right before token {@code verb} closes a role that opened with the comma
     * before it, right after a person or an actor: the verb's subject stands before the role.
     */
    static boolean closesBefore(Passage s, int verb, List<Mention> in, Lexicon lexicon) {
        for (int k = verb - 1; k > 0; k--) {
            if (!s.between(s.tokens().get(k - 1).end(), s.tokens().get(k).start()).contains(",")) continue;
            // The role opens the part between the commas, an article or adjective aside: "adviser to", "un haut responsable".
            boolean role = s.cueAt(k, lexicon, "role") != null || k + 1 < verb && s.cueAt(k + 1, lexicon, "role") != null;
            int comma = s.tokens().get(k - 1).end();
            return role && in.stream().anyMatch(m -> m.end() == comma && (m.kind() == MentionKind.PERSON || SentenceRoles.canAct(m)));
        }
        return false;
    }
}
