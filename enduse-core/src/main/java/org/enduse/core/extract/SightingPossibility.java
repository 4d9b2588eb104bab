package org.enduse.core.extract;

/**
 * A sighting cue told as what the arms can or may do: "This equipment can be deployed quickly", "will soon be able
 * to deploy them", "Bevor die Waffen eingesetzt werden können", "können diese Flugzeuge ... eingesetzt werden", "De
 * F-16's mogen ook worden ingezet", "могут приступить к использованию". A possibility or a permission is a use to
 * come, which the labelling rules take as no sighting. The modals are the lexicon's "modal" words (present and future
 * forms only: "were able to destroy", "konnten erbeuten", "смогли захватить" tell what happened), kept apart from its
 * "future" cues, which also make a transfer pledged, where "can" and "dürfen" would change what transfers say.
 */
final class SightingPossibility {
    private SightingPossibility() {}

    /** Tokens before the cue, in its clause, within which a modal governs it. */
    private static final int BEFORE = 4;
    /** German and Dutch put the finite modal second and the participle last: the clause before the cue is read. */
    private static final int VERB_SECOND_BEFORE = 12;
    /** German and Dutch may put the modal after the participle ("eingesetzt werden können"). */
    private static final int VERB_FINAL_AFTER = 2;

    static boolean possible(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        if (!lexicon.hasWords(s.language(), "modal")) return false;
        boolean verbLast = SentenceRoles.verbLast(s);
        int back = verbLast ? VERB_SECOND_BEFORE : BEFORE;
        for (int k = cue.startToken() - 1; k >= Math.max(0, cue.startToken() - back); k--) {
            if (roles.clauseBreak(k + 1, cue.startToken())) break;
            if (modal(s, k, lexicon)) return true;
        }
        int after = verbLast ? VERB_FINAL_AFTER : 0;
        for (int k = cue.endToken(); k < Math.min(s.tokens().size(), cue.endToken() + after); k++) {
            if (roles.clauseBreak(cue.endToken(), k)) break;
            if (modal(s, k, lexicon)) return true;
        }
        return false;
    }

    /** A modal of the lexicon at token k, or English "be able" ("will be able to deploy"; "were able to" is past). */
    static boolean modal(Passage s, int k, Lexicon lexicon) {
        String word = s.tokens().get(k).folded();
        if (word.equals("able")) return k > 0 && s.tokens().get(k - 1).folded().equals("be");
        return lexicon.word(word, s.language(), "modal") != null;
    }
}
