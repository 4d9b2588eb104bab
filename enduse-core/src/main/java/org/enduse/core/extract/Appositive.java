package org.enduse.core.extract;

import java.util.List;

/**
 * A speaker's role set off by commas between the speaker and the verb: "Mykhailo Podolyak, adviser
 * to the head of the President's Office, denied", "Peter Stano, porte-parole de l'UE, a assuré".
 * The comma before the verb then closes the role; it is no reporting clause after the words (",
 * confirmed the chancellor"), whose speaker follows the verb.
 */
final class Appositive {
    /** Words the role set off after a speaker opens within: the role or an article or adjective and the role ("un haut responsable"). */
    private static final int ROLE_REACH = 2;
    /** The same for a subject's role set off before its verb: up to two words before the role ("the former under secretary", "the NATO secretary general"). */
    private static final int SUBJECT_ROLE_REACH = 3;

    private Appositive() {}

    /**
     * True when the comma right before token {@code verb} closes a role that opened with the comma
     * before it, right after a person or an actor: the verb's subject stands before the role.
     */
    static boolean closesBefore(Passage s, int verb, List<Mention> in, Lexicon lexicon) {
        int k = openingComma(s, verb);
        if (k < 0 || !opensRole(s, k, verb, ROLE_REACH, lexicon)) return false;
        int comma = s.tokens().get(k - 1).end();
        return in.stream().anyMatch(m -> m.end() == comma && (m.kind() == MentionKind.PERSON || SentenceRoles.canAct(m)));
    }

    /**
     * True when only a role or a relative clause set off by commas stands between the mention and token {@code verb}:
     * "Maria Zakharova, porte-parole du ministère russe des Affaires étrangères, a déclaré", "Colin Khal, the former under
     * secretary of defense, announced", "Joe Biden, who travelled to Kyiv, promised". The commas part the name from its
     * verb, but the name is still the verb's subject.
     */
    static boolean setOffBefore(Passage s, Mention m, int verb, Lexicon lexicon) {
        if (verb == 0 || !commaBefore(s, verb)) return false;
        int k = openingComma(s, verb);
        if (k <= 0 || k >= verb || m.end() != s.tokens().get(k - 1).end() || !opensClause(s, m, lexicon)) return false;
        return opensRole(s, k, verb, SUBJECT_ROLE_REACH, lexicon) || s.cueAt(k, lexicon, "relpronoun") != null;
    }

    /**
     * True when the name opens its clause, with its own title before it at most ("Meanwhile, Olaf Scholz, Chancellor of Germany,
     * has said", "Brigadier General Patrick Ryder, the spokesman of the Pentagon, has announced"): after "quoting Rishi Sunak, the
     * Prime Minister," or "thanked Olaf Scholz, Chancellor of Germany," the name is the object of another verb, and after "A
     * spokesman for Rishi Sunak, Prime Minister of the UK," the name is whom the spokesman speaks for (review 57b's sentences).
     */
    private static boolean opensClause(Passage s, Mention m, Lexicon lexicon) {
        int first = SentenceRoles.firstEndingAfter(s, m.start());
        // The name alone as the title's mentions: a title with a lower-case state inside ("la ministre néerlandaise") is not
        // read, and the name then does not open its clause; a credit missed rather than one taken from another verb.
        String titled = TitledName.text(s, m, List.of(m), lexicon);
        if (titled != null) first = SentenceRoles.firstEndingAfter(s, m.end() - titled.length());
        return first == 0 || commaBefore(s, first);
    }

    /**
     * True when the clause of the subject set off by commas asks or opens with a condition: "If Mark Rutte, the NATO secretary
     * general, says ...", "Did the Dutch defence minister, Kajsa Ollongren, say ...?": its subject has said nothing yet (review 60d).
     */
    static boolean unsaid(Passage s, Mention m, Lexicon lexicon) {
        if (s.asks()) return true;
        // Back from the name to the comma that opens its clause ("Meanwhile, Olaf Scholz, ...": no condition).
        for (int k = SentenceRoles.firstEndingAfter(s, m.start()) - 1; k >= 0; k--) {
            if (commaBefore(s, k + 1)) return false;
            if (s.cueAt(k, lexicon, "conditional") != null) return true;
        }
        return false;
    }

    /** The first token after the nearest comma that stands before token {@code verb - 1}, or -1 when none. */
    private static int openingComma(Passage s, int verb) {
        for (int k = verb - 1; k > 0; k--) {
            if (commaBefore(s, k)) return k;
        }
        return -1;
    }

    /** True when a comma stands between token {@code k - 1} and token {@code k}. */
    private static boolean commaBefore(Passage s, int k) {
        return s.between(s.tokens().get(k - 1).end(), s.tokens().get(k).start()).contains(",");
    }

    /** The role opens the part between the commas within its first {@code reach} words: "adviser to", "un haut responsable". */
    private static boolean opensRole(Passage s, int k, int verb, int reach, Lexicon lexicon) {
        for (int j = k; j < Math.min(verb, k + reach); j++) {
            if (s.cueAt(j, lexicon, "role") != null) return true;
        }
        return false;
    }
}
