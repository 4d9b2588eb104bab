package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/** Who holds an inquiry when its noun names the holder: the body whose name the noun opens, or the one right after it. */
final class InquiryOwner {
    private InquiryOwner() {}

    /**
     * "генеральный инспектор Пентагона", "Generalinspekteur des Pentagons": the inquiry noun opens
     * the name of the body that holds the inquiry, so that body is its owner.
     */
    static Mention namedBy(List<Mention> in, int cueStart) {
        return Lists.first(in, m -> m.start() <= cueStart && m.end() > cueStart && m.kind() == MentionKind.ORGANIZATION
                && m.country() != null);
    }

    /** Genitive words between an inquiry noun and whose it is: "inspector general of the Pentagon", "Generalinspekteur des Pentagons". */
    private static final Set<String> OF = Set.of("of", "the", "des", "der", "du", "de", "la", "l", "van", "het");

    /**
     * Whose the inquiry is, right after its noun: "the inspector general of the Pentagon", "генеральний
     * інспектор Міністерства оборони США" (a Slavic genitive follows with no word between).
     */
    static Mention after(Passage s, Lexicon.Hit cue, List<Mention> in) {
        int next = cue.endToken();
        if (next >= s.tokens().size() || !s.joined(next)) return null;
        int from = s.tokens().get(next).start();
        while (next < s.tokens().size() && s.joined(next) && OF.contains(s.tokens().get(next).folded())) next++;
        if (next >= s.tokens().size() || !s.joined(next)) return null;
        // The name may take its article with it ("the Pentagon").
        int to = s.tokens().get(next).start();
        return in.stream().filter(m -> m.start() >= from && m.start() <= to && SentenceRoles.canAct(m) && m.country() != null)
                .findFirst().orElse(null);
    }
}
