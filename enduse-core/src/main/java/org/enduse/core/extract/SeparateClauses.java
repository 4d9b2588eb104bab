package org.enduse.core.extract;

import java.util.List;

/**
 * Whether a word stands apart from what another word's clause says: "Hongarije heeft het pakket geblokkeerd, maar Nederland
 * leverde 18 F-16's", "Германия долго отказывалась передавать танки, но в январе передала ...": a clause mark followed by a
 * coordinator opens a second main clause, apart from the first both ways; "Germany, which had long refused to send tanks,
 * delivered ...": a relative clause set off by a comma speaks of the noun before it only, the rest of the clause around it
 * stands apart from it. A
 * denial in one such clause neither denies what the other tells nor takes its target from it. The other way round, a relative
 * clause on a denial's object is what is denied ("вето на передачу боеприпасов, которые Германия купила"), and "Kyiv denied
 * that Belgian rifles were handed over" is one clause with its object.
 */
final class SeparateClauses {
    private static final Categories COORDINATOR = Lexicon.get().categories("coordinator");
    private static final Categories RELATIVE_PRONOUN = Lexicon.get().categories("relpronoun");

    private SeparateClauses() {}

    /** True when token other stands apart, as the class describes, from what token k's clause says. */
    static boolean apart(SentenceRoles roles, int k, int other) {
        int from = Math.min(k, other), to = Math.max(k, other);
        if (from == to) return false;
        Passage s = roles.passage();
        for (int j = from + 1; j <= to; j++) {
            if (roles.clauseBreak(j, j) && s.cueAt(j, Lexicon.get(), COORDINATOR) != null) return true;
        }
        int own = clauseStart(roles, k);
        // The noun right before the comma is the one the relative clause speaks of: "ракет ATACMS, які США відмовлялися постачати".
        return relative(roles, own) && (other < own - 1 || other > k && clauseStart(roles, other) != own);
    }

    /** The mentions of the list that stand in token k's clause or one it does not stand apart from. */
    static List<Mention> with(SentenceRoles roles, int k, List<Mention> in) {
        return Lists.where(in, m -> !apart(roles, k, roles.lastToken(m) < k ? roles.lastToken(m) : roles.firstToken(m)));
    }

    /** The first token of token k's clause: the token after the nearest clause mark before it, else the sentence's first. */
    private static int clauseStart(SentenceRoles roles, int k) {
        int j = k;
        while (j > 0 && !roles.clauseBreak(j, j)) j--;
        return j;
    }

    /** True when the clause starting at token k is a relative clause set off by a comma (", which", ", qui", ", который"). */
    private static boolean relative(SentenceRoles roles, int k) {
        return k > 0 && roles.passage().cueAt(k, Lexicon.get(), RELATIVE_PRONOUN) != null;
    }
}
