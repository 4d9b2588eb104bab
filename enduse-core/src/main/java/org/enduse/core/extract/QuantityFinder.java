package org.enduse.core.extract;

import java.util.List;
import java.util.Map;

/**
 * Quantities: a number that counts something named right after it. "3,000 automatic weapons"
 * (an item noun within three words), "3,5 ton brandstof" (a unit, then what is measured),
 * "vier pantserwagens", "14 Leopard 2 tanks" (equipment). A number followed by nothing countable
 * (a year, "50 countries") is not a quantity.
 */
final class QuantityFinder {
    private static final int WINDOW = 3;
    private static final List<String> CONNECTORS = List.of("of", "van", "de", "d", "des", "an", "aan", "z");

    private QuantityFinder() {}

    static Mention at(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt) {
        Lexicon lexicon = Lexicon.get();
        int k = number.endToken();
        if (k >= p.tokens().size() || !p.joined(k)) return null;
        Lexicon.Hit unit = equipmentAt.containsKey(k) ? null : lexicon.at(p.tokens(), k, p.language(), "unit");
        if (unit != null) {
            int itemStart = unit.endToken(), itemEnd = unit.endToken();
            if (itemStart < p.tokens().size() && p.joined(itemStart) && CONNECTORS.contains(p.tokens().get(itemStart).folded())) itemStart++;
            Lexicon.Hit item = itemStart < p.tokens().size() && p.joined(itemStart) ? lexicon.at(p.tokens(), itemStart, p.language(), "item") : null;
            if (item != null) itemEnd = item.endToken();
            int end = p.tokens().get(itemEnd - 1).end();
            return mention(p, number, end, item == null ? null : p.span(itemStart, itemEnd), unit.cue().value(), 0.85);
        }
        for (int j = k; j < Math.min(k + WINDOW, p.tokens().size()); j++) {
            if (j > k && !p.joined(j)) break;
            NameMatcher.Hit equipment = equipmentAt.get(j);
            Lexicon.Hit item = lexicon.at(p.tokens(), j, p.language(), "item");
            if (equipment == null && item == null) continue;
            int end = equipment != null ? equipment.endToken() : item.endToken();
            String unitName = item != null ? item.cue().value() : "ITEMS";
            // "anti-tank weapons": a noun of the lexicon can be the first half of a longer item.
            while (equipment == null && end < p.tokens().size() && p.joined(end)) {
                Lexicon.Hit more = lexicon.at(p.tokens(), end, p.language(), "item");
                if (more == null) break;
                end = more.endToken();
                if (unitName.equals("MATERIAL")) unitName = more.cue().value();
            }
            // "14 Leopard 2 tanks", "5.000 fusils FNC": the noun and the equipment name belong together.
            if (end < p.tokens().size() && p.joined(end)) {
                Lexicon.Hit after = lexicon.at(p.tokens(), end, p.language(), "item");
                NameMatcher.Hit named = equipmentAt.get(end);
                if (equipment != null && after != null) {
                    end = after.endToken();
                    unitName = after.cue().value();
                } else if (item != null && named != null) {
                    end = named.endToken();
                }
            }
            if (unitName.equals("MATERIAL")) unitName = "ITEMS";
            return mention(p, number, p.tokens().get(end - 1).end(), p.span(k, end), unitName, equipment != null ? 0.9 : 0.8);
        }
        return null;
    }

    private static Mention mention(Passage p, NumberSpan n, int end, String item, String unit, double confidence) {
        return new Mention(MentionKind.QUANTITY, p.between(n.start(), end), n.start(), end, null, null, null, null,
                n.value(), unit.toLowerCase(java.util.Locale.ROOT), null, item, null, null, confidence);
    }
}
