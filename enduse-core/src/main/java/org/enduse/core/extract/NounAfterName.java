package org.enduse.core.extract;

import java.util.Map;

/**
 * A name of equipment is often followed by the noun that says what it is, after adjectives: "six
 * PzH2000 self-propelled armored howitzers", "15 Gepard anti-aircraft self-propelled artillery
 * systems", "24 AS90 155mm guns". The count then covers that noun and counts in its unit.
 */
final class NounAfterName {
    /** Words after a name that may lead to its noun: "Gepard anti-aircraft self-propelled artillery systems". */
    private static final int NOUN_REACH = 7;

    private NounAfterName() {}

    /** An item noun ending at token end, counting in unit. */
    record Noun(int end, String unit) {}

    /** The last item noun of the words right after a name (adjectives and nouns, at most NOUN_REACH), or null. */
    static Noun find(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt, Map<Integer, NameMatcher.Hit> equipmentAt, Lexicon lexicon) {
        // 'two "Abrams" tanks', "„Stinger“-Raketen": past the quote closing the name only the noun itself may follow.
        if (end < p.tokens().size() && !p.joined(end) && (WordsBeforeNoun.joinedOrQuoted(p, end) || QuantityTail.hyphenGlued(p, end))) {
            Lexicon.Hit item = lexicon.at(p, end, "item");
            return item == null ? null : nounOf(p, item, lexicon);
        }
        Noun last = null;
        for (int k = end; k < Math.min(end + NOUN_REACH, p.tokens().size()) && p.joined(k); ) {
            Lexicon.Hit item = lexicon.at(p, k, "item");
            if (item != null) {
                last = nounOf(p, item, lexicon);
                k = item.endToken();
                continue;
            }
            String compound = CompoundItems.unit(p, k, lexicon);
            if (compound != null) {
                last = new Noun(k + 1, compound);
                k++;
                continue;
            }
            // "24 AS90 155mm guns", "19 Caesar 155-mm-Haubitzen" (batches 28, 35): the calibre stands between the name and its noun.
            int calibre = QuantityTail.calibreEnd(p, k);
            if (calibre > k) {
                k = calibre;
                continue;
            }
            Token t = p.tokens().get(k);
            // "78 Caesar assortis de leurs munitions", "huit Leopard 2 ainsi que des munitions" (batches 15, 21): an article or
            // a French preposition opens a phrase of its own; only modifiers stand between a name and its noun.
            if (QuantityFinder.isDeterminer(p, t) || FrenchNounPhrase.isPreposition(p, t)) break;
            // Only lower-case words (and a maker's country, "US-Radschützenpanzer") go between a name and its noun.
            boolean country = hitAt.containsKey(k) && hitAt.get(k).name().kind() == NameKind.COUNTRY;
            // "Marder-Infanterie-Kampffahrzeuge": a German compound's capitalised parts glued by hyphens.
            if (!country && t.isCapitalised() && QuantityTail.hyphenGlued(p, k) && !hitAt.containsKey(k) && !t.isNumeric()) {
                k++;
                continue;
            }
            if (!country && (t.isCapitalised() || t.isNumeric() || !WordsBeforeNoun.mayStandBetween(p, k, hitAt, equipmentAt, lexicon))) break;
            k++;
        }
        // "Zwei Patriot-Staffeln", "drie Patriot-lanceerapparaten" (batches 14, 20): a word glued to the name by a hyphen
        // is the compound's noun even when no list knows it.
        if (last == null && hyphenedWord(p, end)) return new Noun(QuantityTail.hyphenCompound(p, end), "ITEMS");
        return last;
    }

    /**
     * "28 MiG-29 fighters" (batch 50): after a name of equipment a word that alone counts persons but also names the
     * machines (lexicon {@code machinenoun}) counts them as items; "24 F-16 pilots" stays persons.
     */
    private static Noun nounOf(Passage p, Lexicon.Hit item, Lexicon lexicon) {
        boolean machine = item.cue().value().equals("PERSONS") && lexicon.at(p, item.startToken(), "machinenoun") != null;
        return new Noun(item.endToken(), machine ? "ITEMS" : item.cue().value());
    }

    /** A word of letters glued to the name by a hyphen: "Patriot-Staffeln", not a designation's "-2". */
    private static boolean hyphenedWord(Passage p, int k) {
        if (!p.hyphenated(k)) return false;
        String s = p.tokens().get(k).text();
        if (s.length() < 4) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }
}
