package org.enduse.core.extract;

/**
 * A negation beside a modal of ability or permission, in its clause: "Zonder militaire steun kan Oekraïne de strijd niet
 * volhouden", "kan niet garanderen", "Wir werden nicht alle Tanks ersetzen können", "не сможет остановить". Such words say
 * what cannot be done, not that a claim is false, so a speaker's sentence holding only them is no denial
 * ({@link ImpliedStances#denial}). The modals are the lexicon's "modal" words, as {@link SightingPossibility} reads them.
 */
final class NegatedAbility {
    private NegatedAbility() {}

    /** Tokens either side of the negation, in its clause, within which a modal is its verb ("kan Oekraïne de strijd niet"). */
    private static final int WITHIN = 4;

    static boolean of(SentenceRoles roles, Lexicon.Hit negation) {
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        if (!lexicon.hasWords(s.language(), "modal")) return false;
        for (int k = negation.startToken() - 1; k >= Math.max(0, negation.startToken() - WITHIN); k--) {
            if (roles.clauseBreak(k + 1, negation.startToken())) break;
            if (SightingPossibility.modal(s, k, lexicon)) return true;
        }
        for (int k = negation.endToken(); k < Math.min(s.tokens().size(), negation.endToken() + WITHIN); k++) {
            if (roles.clauseBreak(negation.endToken(), k)) break;
            if (SightingPossibility.modal(s, k, lexicon)) return true;
        }
        return false;
    }
}
