package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        Mention envoy = envoyMention(s, in, lexicon);
        return envoy == null ? null : envoy.code();
    }

    /** The country mention that names the envoy's state, or null. */
    private static Mention envoyMention(Passage s, List<Mention> in, Lexicon lexicon) {
        for (Lexicon.Hit role : lexicon.all(s, "role")) {
            if (!role.cue().value().equals("ambassador")) continue;
            int start = s.tokens().get(role.startToken()).start(), end = s.tokens().get(role.endToken() - 1).end();
            for (Mention m : in) {
                if (m.kind() != MentionKind.COUNTRY) continue;
                // "French ambassador", "France's ambassador", "британского посла"
                if (m.end() <= start && s.between(m.end(), start).strip().replace("’s", "").replace("'s", "").isEmpty()) return m;
                // "ambassador of France", "ambassadeur français", "посла Франции"
                if (m.start() >= end) {
                    String gap = s.between(end, m.start()).strip();
                    if (gap.length() <= MAX_GAP_AFTER && !EventFinder.hasPunctuation(gap)) return m;
                }
            }
        }
        return null;
    }

    /**
     * The states whose envoys the sentence names: the envoy's state and the states joined to its
     * mention by "and" ("the ambassadors of France and the United Kingdom", "les ambassadeurs de
     * France et du Royaume-Uni"), so that none of them is read as the summoner. Just the given state
     * when the sentence names no envoy with it.
     */
    static Set<String> envoys(Passage s, List<Mention> in, String envoy, Lexicon lexicon) {
        Set<String> envoys = new LinkedHashSet<>(List.of(envoy));
        Mention first = envoyMention(s, in, lexicon);
        if (first == null || !envoy.equals(first.code())) return envoys;
        Set<Mention> joined = new LinkedHashSet<>(List.of(first));
        // Two passes: "France's and Britain's ambassadors" names the envoy's state last.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < in.size(); i++) {
                Mention a = in.get(i), b = in.get(i + 1);
                if (a.kind() != MentionKind.COUNTRY || b.kind() != MentionKind.COUNTRY || !joined(s, a, b, lexicon)) continue;
                if (joined.contains(a) || joined.contains(b)) {
                    joined.add(a);
                    joined.add(b);
                }
            }
        }
        for (Mention m : joined) envoys.add(m.code());
        return envoys;
    }

    /** True when only "and" (and an article) stands between the two: "France and the United Kingdom", "France et du Royaume-Uni". */
    private static boolean joined(Passage s, Mention a, Mention b, Lexicon lexicon) {
        int k = SentenceRoles.firstEndingAfter(s, a.end());
        if (k >= s.tokens().size() || s.tokens().get(k).end() > b.start()) return false;
        Lexicon.Hit and = s.cueAt(k, lexicon, "coordinator");
        if (and == null || !and.cue().value().equals("and")) return false;
        String rest = s.between(s.tokens().get(and.endToken() - 1).end(), b.start()).replace("’s", "").replace("'s", "").strip();
        return rest.length() <= MAX_GAP_AFTER && !EventFinder.hasPunctuation(rest);
    }

    /**
     * A summons of several envoys at once is one inquiry per summoned state, as one transfer per
     * donor: the summons the sentence gave for the first envoy, repeated for each envoy joined to it.
     */
    static List<Event> otherEnvoys(List<Event> found, Passage s, List<Mention> in, Lexicon lexicon) {
        List<Event> more = new ArrayList<>();
        for (Event e : found) {
            if (e.type() != EventType.INQUIRY || !"summons".equals(e.kind()) || e.target() == null) continue;
            for (String other : envoys(s, in, e.target(), lexicon)) {
                if (other.equals(e.target()) || other.equals(e.by())) continue;
                more.add(new Event(e.type(), null, null, e.equipment(), null, null, null, null, null, null, null, e.by(), other, e.kind(),
                        null, e.attributedTo(), e.confidence(), e.evidenceStart(), e.evidenceEnd()));
            }
        }
        return more;
    }

    /** The summoner: the sentence's first actor of another state than the envoys', or null. */
    static String summoner(List<Mention> in, Set<String> envoys) {
        for (Mention m : in) {
            String code = SentenceRoles.countryOf(m);
            if (SentenceRoles.canAct(m) && code != null && !envoys.contains(code)) return code;
        }
        return null;
    }
}
