package org.enduse.core.extract;

/**
 * A giving named as the object of a decision or as a possibility is still to come: "the first decision to
 * start supplying Archer systems", "прийняв рішення про надання ... танків", "возможные поставки ... F-16",
 * "la possibilité de livrer". The giving noun or verb alone reads as delivered; with such a word right before
 * it in the same clause it is pledged. Lexicon: category "suchas", value "plan".
 */
final class DecidedOrPossible {
    /** How far before the cue the word may stand: "decision to start supplying", "рішення про надання". */
    private static final int REACH = 3;

    private DecidedOrPossible() {
    }

    static boolean before(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        int k = cue.startToken();
        for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
            if (roles.clauseBreak(j + 1, k)) return false;
            Lexicon.Hit word = s.cueAt(j, Lexicon.get(), "suchas");
            if (word != null && word.endToken() <= k && word.cue().value().equals("plan")) return true;
        }
        return false;
    }
}
