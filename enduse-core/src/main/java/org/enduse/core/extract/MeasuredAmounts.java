package org.enduse.core.extract;

import java.util.List;

/**
 * A number followed by a unit measures what comes after it: "3,5 ton brandstof", "38,000 tons of
 * diesel fuel". The item is the lexicon's nouns after the unit (and a connector such as "of"); the
 * quantity counts in the unit.
 */
final class MeasuredAmounts {
    private static final List<String> CONNECTORS = List.of("of", "van", "de", "d", "des", "an", "aan", "z");

    /** Adjectives between the unit and what it measures: "tons of military cargo". */
    private static final int MAX_MODIFIERS = 2;

    private MeasuredAmounts() {}

    /** A lower-case word that is neither a number, "and"/"or", a Slavic preposition nor a measure: an adjective before the measured noun. */
    private static boolean modifier(Passage p, int k, Lexicon lexicon) {
        Token t = p.tokens().get(k);
        return Character.isLowerCase(t.text().charAt(0)) && !QuantityFinder.numeric(p, t, lexicon) && !QuantityFinder.isConjunction(p, t)
                && !(p.ukrainianOrRussian() && SentenceRoles.isSlavicPreposition(t.folded())) && !QuantityTail.isOf(t.folded())
                && lexicon.at(p, k, "unit", "measure", "speech", "to", "loc", "transfer", "rate") == null;
    }

    /**
     * The amount the number measures in the unit found right after it; null for a weight that measures nothing
     * named ("le char pèse 17 tonnes", "chars Leclerc de 56 tonnes", "40 Tonnen schwere Schützenpanzer"): the
     * rules count no weights ("60 ton zwaar"), and every tonnage the labels count names what it is of.
     */
    static Mention of(Passage p, NumberSpan number, Lexicon.Hit unit, Lexicon lexicon) {
        int itemStart = unit.endToken(), itemEnd = unit.endToken();
        if (itemStart < p.tokens().size() && p.joined(itemStart) && CONNECTORS.contains(p.tokens().get(itemStart).folded())) itemStart++;
        Lexicon.Hit item = null;
        // "28,000 tons of military cargo", "90 тонн летальної зброї": adjectives may stand before what is measured.
        for (int k = itemStart; item == null && k < p.tokens().size() && k <= itemStart + MAX_MODIFIERS && p.joined(k); k++) {
            item = lexicon.at(p, k, "item");
            if (item == null && !modifier(p, k, lexicon)) break;
        }
        if (item == null && unit.cue().value().equals("TONNES")) return null;
        if (item != null) itemEnd = item.endToken();
        // "38,000 tons of diesel fuel": nouns of the lexicon run on, as after a count of items.
        for (Lexicon.Hit more = item; more != null && itemEnd < p.tokens().size() && p.joined(itemEnd); ) {
            more = lexicon.at(p, itemEnd, "item");
            if (more != null) itemEnd = more.endToken();
        }
        int end = p.tokens().get(itemEnd - 1).end();
        return QuantityFinder.mention(p, number, end, item == null ? null : p.span(itemStart, itemEnd), unit.cue().value(), 0.85);
    }
}
