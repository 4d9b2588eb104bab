package org.enduse.core.extract;

/**
 * Auxiliaries as the lexicon lists them, one definition for every finder: the perfect's ("has", "hatte",
 * "heeft", "a": category between, value aux), the passive's (passiveaux), a future or plan word (future) and a
 * modal (modal). Each takes a participle or an infinitive, so a German verb form that also reads as a finite
 * present ("erhalten", "bekommen") is that participle or infinitive when one of them governs it.
 */
final class Auxiliaries {
    private static final Lexicon LEXICON = Lexicon.get();
    private static final Categories BETWEEN = LEXICON.categories("between");
    private static final Categories GOVERNING = LEXICON.categories("between", "passiveaux", "future", "modal");
    private static final String PERFECT = "aux";

    private Auxiliaries() {}

    /** The perfect's auxiliary at token k: "the ministry has confirmed", "hatte angekündigt", "heeft bevestigd", "a annoncé". */
    static boolean perfectAt(Passage s, int k) {
        return s.cueAt(k, LEXICON, BETWEEN, PERFECT) != null;
    }

    /** A perfect, passive, future or modal auxiliary starts at token k; an adverb the between category also lists does not count. */
    static boolean governingAt(Passage s, int k) {
        return governing(s.cueAt(k, LEXICON, GOVERNING));
    }

    /** Such an auxiliary before token k in k's clause ("hat ... erhalten", "soll ... bekommen"), or null. */
    static Lexicon.Hit governingBefore(SentenceRoles roles, int k) {
        return roles.cueBefore(k, k, GOVERNING, Auxiliaries::governing);
    }

    private static boolean governing(Lexicon.Hit hit) {
        return hit != null && (!hit.cue().category().equals("between") || hit.cue().value().equals(PERFECT));
    }
}
