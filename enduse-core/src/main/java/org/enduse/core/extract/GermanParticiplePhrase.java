package org.enduse.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "zwei in den USA hergestellte M113-Personentransporter", "50 in Schweden hergestellte Schützenpanzer",
 * "vier der von den USA gelieferten Bradley-Schützenpanzer", "18 aus Deutschland gelieferten modernen
 * Kampfpanzern": German puts a participle's phrase between the number and the noun, opened by a
 * preposition that otherwise ends what is counted. The labels of batches 4, 27, 28 and 32 take the
 * phrase in, all four.
 */
final class GermanParticiplePhrase {
    /** Prepositions that open such a phrase: where the goods were made, whom they came from. */
    private static final Set<String> OPENERS = Set.of("in", "aus", "von");
    /** Words between the preposition and the participle: an article, a name, at most this many. */
    private static final int MAX_BETWEEN = 3;

    private GermanParticiplePhrase() {}

    /** Token j is a preposition whose phrase a participle closes before a noun ("in den USA hergestellte"). */
    static boolean opensAt(Passage p, int j) {
        List<Token> t = p.tokens();
        if (!p.language().equals("de") || !OPENERS.contains(t.get(j).folded())) return false;
        boolean named = false; // "von den gelieferten Panzern" names no maker or giver: a part of the goods, not a phrase
        for (int k = j + 1; k < t.size() && k <= j + MAX_BETWEEN + 1; k++) {
            if (!p.joined(k)) return false;
            Token w = t.get(k);
            if (participle(w)) return named && k + 1 < t.size() && p.joined(k + 1);
            if (w.isCapitalised()) named = true;
            // "aus dem Vereinigten Königreich": the dative article, which no count starts with, so the determiners lack it.
            else if (!QuantityFinder.isDeterminer(p, w) && !w.folded().equals("dem")) return false;
        }
        return false;
    }

    /** "hergestellte", "gelieferten", "produziertes", "übergebenen": an inflected past participle. */
    private static boolean participle(Token w) {
        String s = w.text().toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.text().charAt(0)) && s.length() >= 7
                && SentenceRoles.endsWithAny(s, "te", "ten", "tes", "tem", "ene", "enen", "enes");
    }
}
