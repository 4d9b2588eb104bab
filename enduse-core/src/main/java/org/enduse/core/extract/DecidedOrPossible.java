package org.enduse.core.extract;

/**
 * A giving named as the object of a decision or as a possibility is still to come: "the first decision to
 * start supplying Archer systems", "прийняв рішення про надання ... танків", "возможные поставки ... F-16",
 * "la possibilité de livrer". The giving noun or verb alone reads as delivered; with such a word right before
 * it in the same clause it is pledged. Lexicon: category "prospect".
 */
final class DecidedOrPossible {
    /** How far before the cue the word may stand: "decision to start supplying", "рішення про надання". */
    private static final int REACH = 3;

    private DecidedOrPossible() {
    }

    static boolean before(SentenceRoles roles, Lexicon.Hit cue) {
        return roles.near(cue.startToken(), REACH, 0, "prospect");
    }
}
