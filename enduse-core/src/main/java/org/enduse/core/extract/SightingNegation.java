package org.enduse.core.extract;

import java.util.Set;

/**
 * A sighting cue its clause negates: "не уничтожили ни одной системы HIMARS", "эти системы не уничтожены", "Aucun
 * char ... n'a été exposé", "Бундесвер не має на озброєнні HIMARS". What was not destroyed, shown or held is no
 * sighting; another cue of the sentence still counts ("не уничтожила ни одной ..., которыми ВСУ уничтожают").
 */
final class SightingNegation {
    private SightingNegation() {}

    /** Tokens before the cue, in its clause, within which a negation governs it. */
    private static final int BEFORE = 3;
    /** Tokens after the cue within which French finds the second part of "ne ... pas". */
    private static final int FRENCH_AFTER = 2;

    /** French words that complete "ne" into a negation; "ne ... que" restricts ("n'utilisent ... que dans"), folded. */
    private static final Set<String> FRENCH_SECOND = Set.of("pas", "jamais", "plus", "rien", "aucun", "aucune", "guere", "nullement");

    static boolean negated(SentenceRoles roles, Lexicon.Hit cue) {
        boolean french = roles.passage().language().equals("fr");
        return roles.cueBefore(cue.startToken(), BEFORE, "negation",
                h -> h.cue().value().equals("not") && (!french || frenchNegation(roles, h, cue))) != null;
    }

    /**
     * "ne"/"n'" negates with a second word in its clause ("n'a pas été détruit", "Aucun char n'a été exposé"); "pas" and
     * "jamais" negate alone, and "refuse" is itself a negation.
     */
    private static boolean frenchNegation(SentenceRoles roles, Lexicon.Hit h, Lexicon.Hit cue) {
        Passage s = roles.passage();
        String word = s.tokens().get(h.startToken()).folded();
        if (!word.equals("ne") && !word.equals("n")) return true;
        for (int k = h.endToken(); k < Math.min(s.tokens().size(), cue.endToken() + FRENCH_AFTER); k++) {
            if (k >= cue.endToken() && roles.clauseBreak(cue.endToken(), k)) break;
            if (FRENCH_SECOND.contains(s.tokens().get(k).folded())) return true;
        }
        for (int k = h.startToken() - 1; k >= 0 && !roles.clauseBreak(k + 1, h.startToken()); k--) {
            String before = s.tokens().get(k).folded();
            if (before.equals("aucun") || before.equals("aucune")) return true;
        }
        return false;
    }
}
