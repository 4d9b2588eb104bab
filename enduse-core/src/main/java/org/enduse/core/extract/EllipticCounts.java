package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts whose noun the text named before the number: the number stands alone ("bringing the total
 * to 18.", "zwei davon", "30 weitere sollen folgen") and takes the item and unit of the nearest
 * count before it. Read after the counts with a noun, as it needs the paragraph's other quantities.
 */
final class EllipticCounts {
    /** Words that end a clause after a number the text counted just before ("... to 18.", "the other three."). */
    private static final String CLAUSE_END = ".,;:)\u2014\u2013";
    /** How many tokens back an elliptic number looks for the noun it counts. */
    private static final int ELLIPSIS_REACH = 40;
    /** The lexicon's units ("Tonnen", "tonnes") and measures ("jaar", "maanden", "раз"), after which a number measures rather than counts. */
    private static final Categories MEASURES = Lexicon.get().categories("unit", "measure");

    private EllipticCounts() {}

    /**
     * A number that counts what the text named just before it, with nothing after it: "vijf en zeven
     * pantserhouwitsers" (the first of two counted together), "bringing the total to 18.", "Germany
     * supplying the other three.", "La France en a livré six." The unit is that of the quantity or
     * equipment it refers back to; null when there is none. names: the passage's other mentions so far.
     */
    static Mention of(Passage p, NumberSpan number, List<Mention> quantities, Map<Integer, NameMatcher.Hit> equipmentAt, List<Mention> names) {
        List<Token> tokens = p.tokens();
        int k = number.endToken();
        boolean dutchEr = PartitiveWords.dutchEr(p, number, Lexicon.get());
        boolean partitive = PartitiveWords.after(p, number) || dutchEr;
        if (NumbersThatCountNothing.insideWord(p, number) || NumbersThatCountNothing.modifierCompound(p, number) || NumbersThatCountNothing.noneOrOneMore(p, number) || number.value().scale() > 0
                || !partitive && NumbersThatCountNothing.numbersTheWordBefore(p, number, names)
                // "3,7 мільйона боєприпасів, з яких 1,3 мільйона": a part of a large count is large too.
                || number.value().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0 && !PartitiveWords.after(p, number) && !PartitiveWords.before(p, number)
                || CountedNouns.after(p, number) || measureAfter(p, k)) return null;
        // "vijf en zeven pantserhouwitsers", "three and four tanks"
        if (k + 1 < tokens.size() && QuantityFinder.isConjunction(p, tokens.get(k))) {
            int next = tokens.get(k + 1).start();
            for (Mention q : quantities) if (q.start() == next) return QuantityFinder.mention(p, number, number.end(), q.item(), q.unit(), 0.6);
        }
        char after = number.end() < p.end() ? p.text().charAt(number.end()) : '.';
        // "«... всего около 60», – отметил он": the end of a quotation ends the clause; not an apostrophe before a letter ("the 90’s").
        boolean letterNext = number.end() + 1 < p.end() && Character.isLetter(p.text().charAt(number.end() + 1));
        if (NameEnds.CLOSING.indexOf(after) >= 0 && !letterNext) after = ',';
        if (germanOrdinal(p, number, after)) return null;
        Mention before = null;
        int reach = tokenStart(p, number.startToken() - ELLIPSIS_REACH);
        for (Mention q : quantities) {
            // The nearest count before: elliptic counts are listed after the others, so not the last one listed.
            if (q.end() <= number.start() && q.start() >= reach && (before == null || q.end() > before.end())) before = q;
        }
        // "De zes komen boven op de twaalf die ...": after an article the number stands for the counted things themselves.
        if (before != null && afterDeterminer(p, number)) return QuantityFinder.mention(p, number, number.end(), before.item(), before.unit(), 0.5);
        // "negen burgers ..., waarvan drie op de intensieve zorg": a part of what was counted.
        if (before != null && PartitiveWords.before(p, number)) return QuantityFinder.mention(p, number, number.end(), before.item(), before.unit(), 0.5);
        // "30 weitere sollen folgen", "Dix autres devraient suivre": more of what was counted; the word of more
        // stands for the noun left out and ends the count, as "sieben versprochenen Geschütze" ends at its noun.
        int more = moreAfter(p, number);
        if (before != null && more > 0) return QuantityFinder.mention(p, number, more, before.item(), before.unit(), 0.5);
        // "Von 690 Abgeordneten stimmten 495 dagegen", "Of the 12 drones, nine were shot down": the whole named first.
        if (before != null && WholeNamedFirst.before(p, before, number)) return QuantityFinder.mention(p, number, number.end(), before.item(), before.unit(), 0.55);
        // "fünf Bergepanzer (zwei davon ...)", "90 специалистов ..., 20 из них": a part of the things counted before.
        if (before != null && partitive) return QuantityFinder.mention(p, number, number.end(), before.item(), before.unit(), 0.55);
        // "Nederland leaset er achttien van Duitsland": the "er" stands for goods the text named, maybe with no count.
        if (dutchEr) return goodsNamedBefore(p, number, equipmentAt);
        if (CLAUSE_END.indexOf(after) < 0 && !(after == ' ' && number.end() + 1 < p.end() && CLAUSE_END.indexOf(p.text().charAt(number.end() + 1)) >= 0)) {
            return null;
        }
        if (before != null) return QuantityFinder.mention(p, number, number.end(), before.item(), before.unit(), 0.55);
        return goodsNamedBefore(p, number, equipmentAt);
    }

    /** A count of items when equipment or an item noun stands within reach before the number, else null. */
    private static Mention goodsNamedBefore(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt) {
        for (int j = number.startToken() - 1; j >= Math.max(0, number.startToken() - ELLIPSIS_REACH); j--) {
            if (equipmentAt.containsKey(j) || Lexicon.get().at(p, j, "item") != null) return QuantityFinder.mention(p, number, number.end(), null, "ITEMS", 0.55);
        }
        return null;
    }

    /**
     * "die 34 Tonnen schweren Fahrzeuge", "heeft er 30 jaar gediend", "Er is 2 keer over gestemd": a number with
     * a unit or a measure of time, distance or times after it measures in it (a weight {@link MeasuredAmounts}
     * leaves out, a duration), so it stands for no noun counted before.
     */
    private static boolean measureAfter(Passage p, int k) {
        return k < p.tokens().size() && p.joined(k) && Lexicon.get().at(p, k, MEASURES) != null;
    }

    /**
     * "30 weitere sollen folgen", "drei weiteren", "Dix autres", "eight more": more of what was counted, with
     * no noun after (a noun after makes it a count with a noun, read before). The character end of the word
     * of more, or 0 when none follows the number.
     */
    private static int moreAfter(Passage p, NumberSpan number) {
        int k = number.endToken();
        boolean more = k < p.tokens().size() && p.joined(k) && MORE.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(k).folded());
        return more ? p.tokens().get(k).end() : 0;
    }

    private static final Map<String, Set<String>> MORE = Map.of("en", Set.of("more"), "nl", Set.of("meer", "extra"),
            "fr", Set.of("supplementaires", "autres"), "de", Set.of("weitere", "weiteren", "mehr"));

    /** "der 21. und 47. Brigade": German writes an ordinal with a dot, and a sentence never goes on in lower case. */
    private static boolean germanOrdinal(Passage p, NumberSpan number, char after) {
        int next = number.endToken();
        return after == '.' && p.language().equals("de") && next < p.tokens().size()
                && Character.isLowerCase(p.tokens().get(next).text().charAt(0));
    }

    private static boolean afterDeterminer(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        return before >= 0 && p.joined(number.startToken())
                && QuantityFinder.isDeterminer(p, p.tokens().get(before));
    }

    private static int tokenStart(Passage p, int token) {
        return token <= 0 ? p.start() : p.tokens().get(token).start();
    }
}
