package org.enduse.core.extract;

import java.util.Map;
import java.util.Set;

/**
 * The words that make a number a part of a group counted before it: a pronoun after the number
 * ("zwei davon", "20 из них", "of them") or a relative before it ("waarvan drie", "dont trois", "из
 * которых три"). Such a number has no noun of its own; {@link EllipticCounts} gives it the one
 * of the count before.
 */
final class PartitiveWords {
    private PartitiveWords() {}

    /**
     * A pronoun standing for a group the number takes a part of: "zwei davon", "20 из них", "5.9
     * million of them". One picked out of the group names a member, as in {@link NumbersThatCountNothing#oneOutOf}.
     */
    static boolean after(Passage p, NumberSpan number) {
        int k = number.endToken();
        if (number.value().compareTo(java.math.BigDecimal.ONE) == 0 || k >= p.tokens().size() || !p.joined(k)) return false;
        String first = p.tokens().get(k).folded();
        String second = k + 1 < p.tokens().size() && p.joined(k + 1) ? p.tokens().get(k + 1).folded() : "";
        Set<String> words = PARTITIVES.getOrDefault(p.language(), Set.of());
        return words.contains(first) || words.contains(first + " " + second);
    }

    private static final Map<String, Set<String>> PARTITIVES = Map.of("en", Set.of("of them", "of which"),
            "nl", Set.of("daarvan", "ervan", "van hen", "waarvan"), "fr", Set.of("d entre"),
            "de", Set.of("davon", "von ihnen", "darunter"), "uk", Set.of("з них", "із них", "з яких"),
            "ru", Set.of("из них", "из которых"), "pl", Set.of("z nich", "z których"));

    /** "waarvan drie", "dont trois", "darunter drei", "of which three", "из которых три": a relative partitive right before the number. */
    static boolean before(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        if (before < 0 || !p.joined(number.startToken())) return false;
        String one = p.tokens().get(before).folded();
        String two = before >= 1 && p.joined(before) ? p.tokens().get(before - 1).folded() + " " + one : "";
        Set<String> words = PARTITIVES_BEFORE.getOrDefault(p.language(), Set.of());
        return words.contains(one) || words.contains(two);
    }

    /** How many words may part the Dutch "er" from its number: "leaset er nu achttien", "heeft er de afgelopen jaren twaalf besteld". */
    private static final int ER_REACH = 4;

    /**
     * "Nederland leaset er achttien", "waarvan er zes operationeel zijn", "om er nog eens 48 te bouwen":
     * the Dutch quantitative "er" stands for the noun a bare number counts, which the text named before.
     * Only lower-case words that are no numbers may come between, in the same clause. An "er" that opens
     * its clause ("Er wordt al 3 maanden ...", "en er komen ...", "dat er ...") says that something is or
     * happens, and counts nothing.
     */
    static boolean dutchEr(Passage p, NumberSpan number, Lexicon lexicon) {
        if (!p.language().equals("nl")) return false;
        for (int k = number.startToken() - 1; k >= Math.max(0, number.startToken() - 1 - ER_REACH); k--) {
            if (!p.joined(k + 1)) return false;
            Token t = p.tokens().get(k);
            if (t.folded().equals("er")) return !opensClause(p, k, lexicon);
            if (!Character.isLowerCase(t.text().charAt(0)) || QuantityFinder.numeric(p, t, lexicon)) return false;
        }
        return false;
    }

    /** The clause begins at token k: first in the sentence, after a punctuation mark, a coordinator or a subordinator. */
    private static boolean opensClause(Passage p, int k, Lexicon lexicon) {
        return k == 0 || !p.joined(k) || lexicon.at(p, k - 1, CLAUSE_OPENERS) != null;
    }

    private static final Categories CLAUSE_OPENERS = Lexicon.get().categories("coordinator", "subordinator", "complementizer");

    private static final Map<String, Set<String>> PARTITIVES_BEFORE = Map.of("en", Set.of("of which", "of whom"),
            "nl", Set.of("waarvan", "waarvan er", "onder wie", "van wie"), "fr", Set.of("dont"), "de", Set.of("darunter", "davon", "von denen", "von welchen", "von ihnen"),
            "uk", Set.of("з них", "із них", "з яких", "серед них"), "ru", Set.of("из них", "из которых", "среди них"), "pl", Set.of("z nich", "w tym"));
}
