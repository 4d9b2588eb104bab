package org.enduse.core.extract;

import java.util.List;

/**
 * A number followed by a unit measures what comes after it: "3,5 ton brandstof", "38,000 tons of
 * diesel fuel". The item is the lexicon's nouns after the unit (and a connector such as "of"); the
 * quantity counts in the unit.
 */
final class MeasuredAmounts {
    private static final List<String> CONNECTORS = List.of("of", "van", "de", "d", "des", "an", "aan", "z");

    private MeasuredAmounts() {}

    /** The amount the number measures in the unit found right after it. */
    static Mention of(Passage p, NumberSpan number, Lexicon.Hit unit, Lexicon lexicon) {
        int itemStart = unit.endToken(), itemEnd = unit.endToken();
        if (itemStart < p.tokens().size() && p.joined(itemStart) && CONNECTORS.contains(p.tokens().get(itemStart).folded())) itemStart++;
        Lexicon.Hit item = itemStart < p.tokens().size() && p.joined(itemStart) ? lexicon.at(p, itemStart, "item") : null;
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
