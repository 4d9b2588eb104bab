package org.enduse.core.extract;

/**
 * "refused to comment", "отказались комментировать", "a refusé de se prononcer", "did not provide details",
 * "doen wij daarover geen mededelingen", "не уточнив количество": a speaker who withholds details or a comment
 * denies and assures nothing, and the labels give such words no statement (docs/devset.md, round 38).
 * The denial verb or negation must govern the withheld words: they stand near it in its clause, after it or, as a
 * Slavic infinitive may, before it ("раскрыть детали ... он отказался").
 */
final class WithheldDetails {
    /** Words between a refusal or negation and what it withholds: "don't want to talk about it in detail". */
    private static final int WITHIN = 7;
    /** The stance word value of what is withheld: comment, details, disclosure. */
    private static final String DETAILS = "details";

    private WithheldDetails() {}

    /**
     * True when the negation ending before token {@code to} withholds details or a comment named after it in its clause
     * ("did not provide details", "не уточнив", "geen mededelingen"). Only after: a verb of saying before a negation
     * ("a précisé que les armes n'ont pas ...") reports the negated words.
     */
    static boolean negationWithholds(SentenceRoles roles, int to, Lexicon lexicon) {
        Passage s = roles.passage();
        Categories stanceword = lexicon.categories("stanceword");
        for (int k = to; k < Math.min(s.tokens().size(), to + WITHIN) && !roles.clauseBreak(to, k); k++) {
            if (s.cueAt(k, lexicon, stanceword, DETAILS) != null) return true;
        }
        return false;
    }

    /**
     * True when a denial verb spanning tokens [from, to), in these words a refusal ("refused", "a refusé", "отказались"),
     * refuses details or a comment named near it in its clause, after it or, as a Slavic infinitive may stand, before it ("раскрыть детали
     * произошедших поставок он отказался").
     */
    static boolean refusalWithholds(SentenceRoles roles, int from, int to, Lexicon lexicon) {
        if (negationWithholds(roles, to, lexicon)) return true;
        Passage s = roles.passage();
        Categories stanceword = lexicon.categories("stanceword");
        for (int k = from - 1; k >= Math.max(0, from - WITHIN) && !roles.clauseBreak(k + 1, from); k--) {
            if (s.cueAt(k, lexicon, stanceword, DETAILS) != null) return true;
        }
        return false;
    }
}
