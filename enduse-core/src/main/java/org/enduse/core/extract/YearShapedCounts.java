package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "2000 scherfvesten", "1950 Panzer", "2000 rifles": four digits right before a noun of the lexicon
 * count it; they name no year. A word that leads to a time before the number keeps it a year ("in
 * 2000", "seit 2014 Waffen", "the 2022 drones"), and so does a month before it.
 */
final class YearShapedCounts {
    /** Prepositions and articles, as folded, after which four digits are a year even before a noun. */
    private static final Map<String, Set<String>> TIME_LEADS = Map.of(
            "en", Set.of("in", "since", "from", "by", "until", "till", "of", "the", "year"),
            "nl", Set.of("in", "sinds", "van", "vanaf", "tot", "het", "de", "jaar"),
            "fr", Set.of("en", "depuis", "de", "des", "du", "jusqu", "au", "le", "la", "les", "l", "annee"),
            "de", Set.of("in", "im", "seit", "von", "ab", "bis", "der", "die", "das", "des", "jahr", "jahre", "jahres"),
            "uk", Set.of("в", "у", "з", "до", "від", "по", "після"),
            "ru", Set.of("в", "во", "с", "до", "от", "по", "после"),
            "pl", Set.of("w", "od", "do", "po"));

    private YearShapedCounts() {}

    /** The four digits at token k count the item noun right after them. */
    static boolean countsItem(Passage p, int k, Lexicon lexicon) {
        List<Token> t = p.tokens();
        int noun = k + 1;
        if (noun >= t.size() || !p.joined(noun)) return false;
        // A capitalised word after the digits is a name or, but in German, a new sentence's subject: "2022 Leopard".
        if (t.get(noun).isCapitalised() && !p.language().equals("de")) return false;
        if (lexicon.at(p, noun, "item") == null && CompoundItems.unit(p, noun, lexicon) == null) return false;
        if (k == 0 || !p.joined(k)) return true;
        return !TIME_LEADS.getOrDefault(p.language(), Set.of()).contains(t.get(k - 1).folded()) && lexicon.at(p, k - 1, "month", "weekday", "yearword") == null;
    }
}
