package org.enduse.core.extract;

import java.util.List;

/**
 * What a government speaker's negated words about arms are: "aucune unité d'arme n'a traversé la
 * frontière", "the weapons did not leave the country", "не потрапляє в чужі руки" assure that the
 * arms stayed where they were given, while "техніку, яку ЗСУ навіть не постачали" answers a claim
 * of the other side named before the negation, and words calling a claim false deny it.
 */
final class NegatedArms {
    private NegatedArms() {}

    /**
     * True when the sentence's negated words assure rather than deny (the speaker's country given).
     * Not when the negation is the control's: "the rifles are not controlled" assures nothing.
     */
    static boolean assure(SentenceRoles roles, List<Mention> actors, String speakerCountry, Lexicon lexicon) {
        Passage s = roles.passage();
        boolean diversion = false;
        for (Lexicon.Hit h : lexicon.all(s, "stanceword")) {
            if (h.cue().value().equals("false")) return false;
            if (h.cue().value().equals("control") && roles.near(h.startToken(), 3, 0, "negation")) return false;
            if (h.cue().value().equals("diversion")) diversion = true;
        }
        if (diversion) return true;
        if (!namesArms(s, actors, lexicon)) return false;
        Lexicon.Hit negation = EventFinder.first(lexicon.all(s, "negation"));
        int negationStart = negation == null ? s.end() : s.tokens().get(negation.startToken()).start();
        // "Росіяни «знищують» техніку, яку ЗСУ навіть не постачали": the other side's claim comes first.
        return !Lists.any(actors, m -> m.end() <= negationStart && SentenceRoles.isState(m)
                && !SentenceRoles.countryOf(m).equals(speakerCountry));
    }

    /** True when the sentence names arms: equipment, or an item or materiel noun that is no person. */
    static boolean namesArms(Passage s, List<Mention> actors, Lexicon lexicon) {
        if (Lists.any(actors, m -> m.kind() == MentionKind.EQUIPMENT)) return true;
        return Lists.any(lexicon.all(s, "item", "materiel"), h -> !h.cue().value().equals("PERSONS"));
    }
}
