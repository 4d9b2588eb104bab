package org.enduse.core.extract;

import java.util.List;
import java.util.Map;

/**
 * Quantities: a number that counts something named right after it. "3,000 automatic weapons"
 * (an item noun within a few words: "sieben versprochenen Geschütze", "three of the additional
 * requested PzH2000s", "18 високомобільних артилерійських ракетних систем HIMARS"), "3,5 ton
 * brandstof" (a unit, then what is measured), "vier pantserwagens", "200 antitankwapens" (a Dutch
 * or German compound ending in an item noun), "14 Leopard 2 tanks" (equipment). A number followed by
 * nothing countable (a year, "50 countries") is not a quantity. Two more readings need the
 * paragraph's other quantities: see {@link #elliptic}.
 */
final class QuantityFinder {
    /** Words between the number and what it counts: "three of the additional requested PzH2000s". */
    private static final int WINDOW = 5;
    private static final List<String> CONNECTORS = List.of("of", "van", "de", "d", "des", "an", "aan", "z");
    /** Languages that write compounds as one word, so "antitankwapens" ends in an item noun. */
    private static final java.util.Set<String> COMPOUNDING = java.util.Set.of("nl", "de");
    /** Words that end a clause after a number the text counted just before ("... to 18.", "the other three."). */
    private static final String CLAUSE_END = ".,;:)\u2014\u2013";
    /** How many tokens back an elliptic number looks for the noun it counts. */
    private static final int ELLIPSIS_REACH = 40;

    private QuantityFinder() {}

    static Mention at(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        Lexicon lexicon = Lexicon.get();
        int k = number.endToken();
        if (k >= p.tokens().size() || !p.joined(k) || insideWord(p, number) || lexicon.at(p, k, "measure") != null) return null;
        Lexicon.Hit unit = equipmentAt.containsKey(k) ? null : lexicon.at(p, k, "unit");
        if (unit != null) {
            int itemStart = unit.endToken(), itemEnd = unit.endToken();
            if (itemStart < p.tokens().size() && p.joined(itemStart) && CONNECTORS.contains(p.tokens().get(itemStart).folded())) itemStart++;
            Lexicon.Hit item = itemStart < p.tokens().size() && p.joined(itemStart) ? lexicon.at(p, itemStart, "item") : null;
            if (item != null) itemEnd = item.endToken();
            int end = p.tokens().get(itemEnd - 1).end();
            return mention(p, number, end, item == null ? null : p.span(itemStart, itemEnd), unit.cue().value(), 0.85);
        }
        for (int j = k; j < Math.min(k + WINDOW, p.tokens().size()); j++) {
            if (j > k && !p.joined(j)) break;
            NameMatcher.Hit equipment = equipmentAt.get(j);
            Lexicon.Hit item = lexicon.at(p, j, "item");
            String compound = equipment == null && item == null ? compoundItem(p, j, lexicon) : null;
            if (equipment == null && item == null && compound == null) {
                if (!mayStandBetween(p, j, hitAt, lexicon)) break;
                continue;
            }
            int end = equipment != null ? equipment.endToken() : item != null ? item.endToken() : j + 1;
            String unitName = item != null ? item.cue().value() : compound != null ? compound : "ITEMS";
            // "anti-tank weapons": a noun of the lexicon can be the first half of a longer item.
            while (equipment == null && end < p.tokens().size() && p.joined(end)) {
                Lexicon.Hit more = lexicon.at(p, end, "item");
                if (more == null) break;
                end = more.endToken();
                if (unitName.equals("MATERIAL")) unitName = more.cue().value();
            }
            // "14 Leopard 2 tanks", "5.000 fusils FNC", "одну MRAP MaxxPro": the noun and the equipment name belong together.
            boolean named = equipment != null;
            // "six PzH2000 self-propelled armored howitzers": adjectives may stand between a name and its noun.
            int noun = end;
            while (equipment != null && noun < Math.min(end + 3, p.tokens().size()) && p.joined(noun) && lexicon.at(p, noun, "item") == null
                    && mayStandBetween(p, noun, hitAt, lexicon)) noun++;
            if (equipment != null && noun > end && noun < p.tokens().size() && p.joined(noun) && lexicon.at(p, noun, "item") != null) end = noun;
            if (end < p.tokens().size() && p.joined(end)) {
                Lexicon.Hit after = lexicon.at(p, end, "item");
                NameMatcher.Hit nameAfter = equipmentAt.get(end);
                if (equipment != null && after != null) {
                    end = after.endToken();
                    unitName = after.cue().value();
                } else if (nameAfter != null) {
                    end = nameAfter.endToken();
                    named = true;
                }
            }
            if (!named) end = postposedAdjective(p, end, hitAt);
            if (unitName.equals("MATERIAL")) unitName = "ITEMS";
            return mention(p, number, p.tokens().get(end - 1).end(), p.span(k, end), unitName, equipment != null ? 0.9 : 0.8);
        }
        return null;
    }

    /**
     * A number that counts what the text named just before it, with nothing after it: "vijf en zeven
     * pantserhouwitsers" (the first of two counted together), "bringing the total to 18.", "Germany
     * supplying the other three.", "La France en a livré six." The unit is that of the quantity or
     * equipment it refers back to; null when there is none.
     */
    static Mention elliptic(Passage p, NumberSpan number, List<Mention> quantities, Map<Integer, NameMatcher.Hit> equipmentAt) {
        List<Token> tokens = p.tokens();
        int k = number.endToken();
        if (insideWord(p, number) || number.value().scale() > 0 || number.value().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0) return null;
        // "vijf en zeven pantserhouwitsers", "three and four tanks"
        if (k + 1 < tokens.size() && isConjunction(p, tokens.get(k))) {
            int next = tokens.get(k + 1).start();
            for (Mention q : quantities) if (q.start() == next) return mention(p, number, number.end(), q.item(), q.unit(), 0.6);
        }
        char after = number.end() < p.end() ? p.text().charAt(number.end()) : '.';
        if (CLAUSE_END.indexOf(after) < 0 && !(after == ' ' && number.end() + 1 < p.end() && CLAUSE_END.indexOf(p.text().charAt(number.end() + 1)) >= 0)) {
            return null;
        }
        Mention before = null;
        for (Mention q : quantities) if (q.end() <= number.start() && q.start() >= tokenStart(p, number.startToken() - ELLIPSIS_REACH)) before = q;
        if (before != null) return mention(p, number, number.end(), before.item(), before.unit(), 0.55);
        for (int j = number.startToken() - 1; j >= Math.max(0, number.startToken() - ELLIPSIS_REACH); j--) {
            if (equipmentAt.containsKey(j) || Lexicon.get().at(p, j, "item") != null) return mention(p, number, number.end(), null, "ITEMS", 0.55);
        }
        return null;
    }

    /**
     * "and"/"or" in the seven languages. Kept here rather than in the lexicon: they are among the
     * commonest words, and every lexicon word costs a cue lookup wherever it occurs.
     */
    private static boolean isConjunction(Passage p, Token t) {
        return CONJUNCTIONS.getOrDefault(p.language(), java.util.Set.of()).contains(t.folded());
    }

    private static final Map<String, java.util.Set<String>> CONJUNCTIONS = Map.of("en", java.util.Set.of("and", "or"),
            "nl", java.util.Set.of("en", "of"), "fr", java.util.Set.of("et", "ou"), "de", java.util.Set.of("und", "oder"),
            "pl", java.util.Set.of("i", "lub", "albo"), "uk", java.util.Set.of("і", "та", "й", "або"), "ru", java.util.Set.of("и", "или"));

    private static int tokenStart(Passage p, int token) {
        return token <= 0 ? p.start() : p.tokens().get(token).start();
    }

    /** "perte-trois-chars" in a web address: a number glued to a word before it counts nothing. */
    private static boolean insideWord(Passage p, NumberSpan number) {
        int before = number.start() - 1;
        return before > p.start() && (p.text().charAt(before) == '-' || p.text().charAt(before) == '/')
                && Character.isLetter(p.text().charAt(before - 1));
    }

    /**
     * A word between a number and what it counts: an adjective or participle ("versprochenen",
     * "zugesagten", "additional requested"), "of the"; not a capitalised word (a noun of its own, a
     * name), another number, a speech verb, a preposition of place or recipient, or "and".
     */
    private static boolean mayStandBetween(Passage p, int j, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        Token t = p.tokens().get(j);
        NameMatcher.Hit name = hitAt.get(j);
        // "veertien Duitse Leopard 2A6-tanks", "18 немецких танков", "14 UK-made Challenger 2 tanks"
        if (name != null && name.name().kind() == NameKind.COUNTRY && name.endToken() == j + 1) return true;
        if (t.isNumeric() || t.isCapitalised() || name != null || isConjunction(p, t) || lexicon.word(t.folded(), p.language(), "num") != null) return false;
        return lexicon.at(p, j, "unit", "speech", "statement", "inquiry", "to", "loc") == null;
    }

    /** The unit counted by a compound ending in an item noun ("luchtafweervoertuigen", "Luftverteidigungssystemen"), or null. */
    private static String compoundItem(Passage p, int j, Lexicon lexicon) {
        if (!COMPOUNDING.contains(p.language())) return null;
        String folded = p.tokens().get(j).folded();
        for (int cut = 1; cut + 5 <= folded.length(); cut++) {
            Cue cue = lexicon.word(folded.substring(cut), p.language(), "item");
            if (cue != null) return cue.value().equals("MATERIAL") ? "ITEMS" : cue.value();
        }
        return null;
    }

    /** "Quarante soldats ukrainiens": in French the nationality follows the noun it belongs to. */
    private static int postposedAdjective(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.language().equals("fr") || end >= p.tokens().size() || !p.joined(end)) return end;
        NameMatcher.Hit next = hitAt.get(end);
        boolean adjective = next != null && next.name().kind() == NameKind.COUNTRY && !p.tokens().get(end).isCapitalised();
        return adjective ? next.endToken() : end;
    }

    private static Mention mention(Passage p, NumberSpan n, int end, String item, String unit, double confidence) {
        return new Mention(MentionKind.QUANTITY, p.between(n.start(), end), n.start(), end, null, null, null, null,
                n.value(), unit.toLowerCase(java.util.Locale.ROOT), null, item, null, null, confidence);
    }
}
