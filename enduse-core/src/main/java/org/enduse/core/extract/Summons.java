package org.enduse.core.extract;

import java.util.List;

/**
 * Who is summoned: a summons calls in another state's envoy ("Russia summoned France's ambassador",
 * "les ambassadeurs de France et du Royaume-Uni ont été convoqués", "посла Франции вызвали в МИД"),
 * so the envoy's state is the target, whichever side of the verb it stands, and the summoner is
 * another state of the sentence.
 */
final class Summons {
    /** Characters that may stand between an envoy noun and its state after it: "of the", "de la", "van het". */
    private static final int MAX_GAP_AFTER = 8;

    private Summons() {}

    /** The code of the state whose envoy the sentence names, or null when it names none. */
    static String envoyState(Passage s, List<Mention> in, Lexicon lexicon) {
        for (Lexicon.Hit role : lexicon.all(s, "role")) {
            if (!role.cue().value().equals("ambassador")) continue;
            int start = s.tokens().get(role.startToken()).start(), end = s.tokens().get(role.endToken() - 1).end();
            for (Mention m : in) {
                if (m.kind() != MentionKind.COUNTRY) continue;
                // "French ambassador", "France's ambassador", "британского посла"
                if (m.end() <= start && s.between(m.end(), start).strip().replace("’s", "").replace("'s", "").isEmpty()) return m.code();
                // "ambassador of France", "ambassadeur français", "посла Франции"
                if (m.start() >= end) {
                    String gap = s.between(end, m.start()).strip();
                    if (gap.length() <= MAX_GAP_AFTER && !EventFinder.hasPunctuation(gap)) return m.code();
                }
            }
        }
        return null;
    }

    /** The summoner: the sentence's first actor of another state than the envoy's, or null. */
    static String summoner(List<Mention> in, String envoy) {
        for (Mention m : in) {
            String code = SentenceRoles.countryOf(m);
            if (SentenceRoles.canAct(m) && code != null && !code.equals(envoy)) return code;
        }
        return null;
    }
}
