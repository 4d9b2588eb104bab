package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two numbers for one count: "three out of 15 German Gepard systems" (a part and its whole) and
 * "18 ou 19 chars" (alternatives). What is counted follows the second number, so the reading of the
 * count skips past it; the second number gets no quantity of its own.
 */
final class NumberPairs {
    private NumberPairs() {}

    /**
     * "Three out of 15 German Gepard systems", "trois sur quinze chars", "sechs der 14 Panzer": the first number counts, the
     * second (one token) names the whole, and what is counted follows it. The token after the whole,
     * or k when no whole follows.
     */
    static int pastOutOf(Passage p, int k) {
        Set<String> words = OUT_OF_WHOLE.getOrDefault(p.language(), Set.of());
        int j = k;
        while (j < p.tokens().size() && j < k + 2 && p.joined(j) && words.contains(p.tokens().get(j).folded())) j++;
        // "10 of the 12 drones": an article may stand before the whole.
        if (j > k && j < p.tokens().size() && p.joined(j) && QuantityFinder.isDeterminer(p, p.tokens().get(j))) j++;
        if (j == k || j >= p.tokens().size() || !p.joined(j)) return k;
        Token whole = p.tokens().get(j);
        return QuantityFinder.numeric(p, whole, Lexicon.get()) ? j + 1 : k;
    }

    /**
     * "18 ou 19 chars", "six à 12 exemplaires", "two or three tanks", "from 30 to 50 tanks", "20 tot 25
     * tanks": two numbers for one count are one quantity, valued at the first (as a range of money is);
     * what is counted follows the second. The token after the second number, or k when none follows.
     */
    static int pastAlternative(Passage p, NumberSpan number, int k) {
        if (k != number.endToken()) return k;
        // "fünf, zehn oder 15 Panzer": a list of alternatives, its last joined by "or".
        int j = k;
        while (listed(p, j)) j++;
        return alternativeAt(p, j) ? j + 2 : k;
    }

    /** The second or a later number of "18 ou 19 chars", "fünf, zehn oder 15 Panzer", counted with the first: no quantity of its own. */
    static boolean secondOfAlternative(Passage p, NumberSpan number) {
        return number.startToken() >= 2 && alternativeAt(p, number.startToken() - 1) || listed(p, number.startToken());
    }

    /** Token k is a one-word number after a comma and a number: the next of a list ("fünf, zehn"). */
    private static boolean listed(Passage p, int k) {
        List<Token> t = p.tokens();
        if (!p.separatedBy(k, ",")) return false;
        Lexicon lexicon = Lexicon.get();
        return QuantityFinder.numeric(p, t.get(k - 1), lexicon) && QuantityFinder.numeric(p, t.get(k), lexicon);
    }

    /** Token k is "or" or "to" between two numbers. */
    private static boolean alternativeAt(Passage p, int k) {
        List<Token> t = p.tokens();
        if (k < 1 || k + 1 >= t.size() || !p.joined(k) || !p.joined(k + 1)) return false;
        if (!ALTERNATIVE.getOrDefault(p.language(), Set.of()).contains(t.get(k).folded())) return false;
        return QuantityFinder.numeric(p, t.get(k - 1), Lexicon.get()) && QuantityFinder.numeric(p, t.get(k + 1), Lexicon.get());
    }

    /**
     * "or" between two numbers, and "to", which joins the two ends of a range: the six tuning batches
     * label "от 30 до 50 танков", "від 120 до 140 танків", "20 tot 25 tanks", "de quatre à six Leopard
     * 2A4" and "6 to 12 additional Caesar howitzers" as one quantity valued at the first (docs/devset.md).
     */
    private static final Map<String, Set<String>> ALTERNATIVE = Map.of("en", Set.of("or", "to"), "nl", Set.of("of", "tot"),
            "fr", Set.of("ou", "a"), "de", Set.of("oder", "bis"), "uk", Set.of("або", "чи", "до"), "ru", Set.of("или", "до"),
            "pl", Set.of("lub", "albo", "do"));

    /** The words between a part and its whole: "out of", "sur", "von", "з", and the genitive article of "sechs der 14 Panzer", "six des 14 chars". */
    private static final Map<String, Set<String>> OUT_OF_WHOLE = Map.of("en", Set.of("out", "of"),
            "nl", Set.of("van"), "fr", Set.of("sur", "des"), "de", Set.of("von", "der"),
            "uk", Set.of("з", "із"), "ru", Set.of("из"), "pl", Set.of("z"));
}
