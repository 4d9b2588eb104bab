package org.enduse.core.extract;

import java.util.Map;
import java.util.Set;

/**
 * Quantities: a number that counts something named right after it. "3,000 automatic weapons"
 * (an item noun within a few words: "sieben versprochenen Geschütze", "three of the additional
 * requested PzH2000s", "18 високомобільних артилерійських ракетних систем HIMARS"), "3,5 ton
 * brandstof" (a unit, then what is measured), "vier pantserwagens", "200 antitankwapens" (a Dutch
 * or German compound ending in an item noun), "14 Leopard 2 tanks" (equipment), and a figure before
 * a plural noun no list knows ("117 positions", "24 Rüstungskonzerne"). A number followed by
 * nothing countable (a year, "two key towns", "40 seconds") is not a quantity. Two more readings
 * need the paragraph's other quantities: see {@link EllipticCounts}.
 * The parts of the reading have their classes: {@link NumbersThatCountNothing}, {@link NumberPairs},
 * {@link MeasuredAmounts}, {@link WordsBeforeNoun}, {@link CompoundItems}, {@link NounAfterName},
 * {@link NationalsCounted}, {@link UnlistedNouns}, {@link EllipticCounts}; the function words they share are here.
 */
final class QuantityFinder {
    /** Words between the number and what it counts: "three of the additional requested PzH2000s". */
    private static final int WINDOW = 5;

    /** Asked after every number; see {@link Categories}. */
    private static final Categories RATE = Lexicon.get().categories("rate"), MEASURE = Lexicon.get().categories("measure"), UNIT = Lexicon.get().categories("unit"),
            ITEM = Lexicon.get().categories("item");

    private QuantityFinder() {}

    static Mention at(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        if (NumbersThatCountNothing.noneOrOneMore(p, number)) return null;
        Mention counted = counted(p, number, equipmentAt, hitAt);
        return counted == null || rateOrWeight(p, number, counted) ? null : counted;
    }

    /** "6 obus par minute", "ruim 60 ton zwaar": what follows makes the number a rate or a weight. */
    private static boolean rateOrWeight(Passage p, NumberSpan number, Mention counted) {
        int k = number.endToken();
        while (k < p.tokens().size() && p.tokens().get(k).start() < counted.end()) k++;
        return k < p.tokens().size() && p.joined(k) && Lexicon.get().at(p, k, RATE) != null;
    }

    private static Mention counted(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        Lexicon lexicon = Lexicon.get();
        int k = NumberPairs.pastAlternative(p, number, NumberPairs.pastOutOf(p, number.endToken()));
        if (k >= p.tokens().size() || !(WordsBeforeNoun.joinedOrQuoted(p, k) || afterAbbreviatedMultiplier(p, number, k))
                || NumbersThatCountNothing.insideWord(p, number) || NumbersThatCountNothing.modifierCompound(p, number)
                || lexicon.at(p, k, MEASURE) != null || NumbersThatCountNothing.oneOutOf(p, number) || NumbersThatCountNothing.cyrillicOrdinal(p, number)
                || NumbersThatCountNothing.rankWithoutEnding(p, number)
                || NumbersThatCountNothing.minutes(p, number)) {
            return null;
        }
        Lexicon.Hit unit = equipmentAt.containsKey(k) ? null : lexicon.at(p, k, UNIT);
        if (unit != null) return MeasuredAmounts.of(p, number, unit, lexicon);
        // "50 Ukrainians", "4 500 Ukrainiens": a nationality's plural noun is the persons counted, and ends the phrase.
        if (NationalsCounted.at(p, k, hitAt)) return mention(p, number, p.tokens().get(k).end(), p.span(k, k + 1), "PERSONS", 0.8);
        for (int j = k; j < Math.min(k + WINDOW, p.tokens().size()); j++) {
            if (j > k && !WordsBeforeNoun.joinedOrQuoted(p, j)) break;
            // "300,000 155mm artillery shells", "20 000 155-мм снарядів": a calibre before the noun.
            int calibre = QuantityTail.calibreEnd(p, j);
            if (calibre > 0) {
                j = calibre - 1;
                continue;
            }
            NameMatcher.Hit equipment = equipmentAt.get(j);
            Lexicon.Hit item = lexicon.at(p, j, ITEM);
            // "200 Senator APC": a name that opens with a word of persons counts the equipment.
            if (equipment != null && item != null && item.cue().value().equals("PERSONS")) item = null;
            String compound = equipment == null && item == null ? CompoundItems.unit(p, j, lexicon) : null;
            // "Two countries offered generators": a counted noun is the head, not a word before one; but in
            // "two battalions of tanks" the count goes on to what the units are made of.
            if (CountedNouns.is(p.language(), p.tokens().get(j)) && !CountedNouns.ofItems(p, j + 1, lexicon)) break;
            if (equipment == null && item == null && compound == null) {
                if (!WordsBeforeNoun.mayStandBetween(p, j, hitAt, equipmentAt, lexicon)) break;
                continue;
            }
            int end = equipment != null ? equipment.endToken() : item != null ? item.endToken() : j + 1;
            String unitName = item != null ? item.cue().value() : compound != null ? compound : "ITEMS";
            boolean commonNoun = true;
            int adjectiveOf = item != null ? HeadNouns.nounAfterPersonsAdjective(p, item, lexicon) : -1;
            if (adjectiveOf > 0) {
                end = adjectiveOf; // "5 тис. військових касок": helmets, not soldiers
                unitName = HeadNouns.unitOfNounAfterAdjective(p, end - 1);
            }
            PiecesOf.Counted pieces = equipment == null ? PiecesOf.after(p, end) : null;
            if (pieces != null) {
                end = pieces.end();
                unitName = pieces.unit();
            } else if (equipment == null) {
                // "anti-tank weapons": a noun of the lexicon can be the first half of a longer item.
                while (end < p.tokens().size() && p.joined(end)) {
                    Lexicon.Hit more = lexicon.at(p, end, ITEM);
                    // "negen burgers gewond": a word that meets an item only through its stem ("gewonden") is no second noun.
                    if (more != null && more.endToken() == end + 1 && !p.ukrainianOrRussian()
                            && lexicon.word(p.tokens().get(end).folded(), p.language(), "item") == null) more = null;
                    if (more == null && CompoundItems.material(p, end, lexicon)) {
                        end++; // "100.000 Schuss Artilleriemunition": what the rounds are of, as one compound
                        continue;
                    }
                    // "5.000 Schuss 155-mm-Munition" (batches 22, 25): the compound may begin with its calibre.
                    int calibreCompound = more == null && unitName.equals("ROUNDS") ? QuantityTail.calibreCompound(p, end) : -1;
                    if (calibreCompound > 0) {
                        end = calibreCompound;
                        continue;
                    }
                    if (more == null) break;
                    end = more.endToken();
                    if (unitName.equals("MATERIAL")) unitName = more.cue().value();
                }
                // "тисячу дронів-камікадзе": a word glued to the noun by a hyphen makes one noun with it.
                end = HeadNouns.after(p, QuantityTail.hyphenCompound(p, end), lexicon);
                // "два танковых батальона": the adjective's noun may still be one a number counts (UnlistedNouns).
                if (item != null && end == item.endToken() && HeadNouns.adjectiveOfAnotherNoun(p, item, lexicon)) break;
            } else {
                // "six PzH2000 self-propelled armored howitzers", "15 Gepard anti-aircraft self-propelled artillery systems":
                // the name's noun comes after its adjectives.
                NounAfterName.Noun noun = NounAfterName.find(p, end, hitAt, equipmentAt, lexicon);
                if (noun != null) {
                    end = noun.end();
                    unitName = noun.unit();
                }
                commonNoun = noun != null;
            }
            // "24 drone detection systems", "18 Leopard deliveries": an English compound's plural head after the known noun.
            end = EnglishCompoundHead.end(p, number, end, lexicon);
            // "250 российских ракет, дронов и беспилотников": nouns in the counted noun's case are counted with it.
            if (equipment == null) end = CoordinatedNouns.after(p, end, equipmentAt, hitAt);
            int head = end - 1;
            end = QuantityTail.extend(p, end, equipmentAt, hitAt);
            if (unitName.equals("PERSONS")) end = QuantityTail.bodyOfPersons(p, end, hitAt);
            // Right after the noun only: "16 Millionen Schuss Munition verschiedener Kaliber für Handfeuerwaffen" is labelled without the weapons.
            if (unitName.equals("ROUNDS") && end == head + 1) end = QuantityTail.weaponsServed(p, end, equipmentAt, hitAt);
            // "dix canons Caesar de nouvelle génération", but "21 Leopard 2A6 de fabrication allemande": a bare designation ends the phrase.
            if (commonNoun) end = FrenchNounPhrase.extend(p, end, head, hitAt);
            // "180 000 ammunition", "12,400 Swiss-made ammunition" (batches 31, 41, 48): ammunition a number counts is rounds;
            // not ammunition named after a system with it ("vier Iris-T-Flugabwehrsysteme samt Munition").
            boolean ammunition = equipment == null && AmmunitionNouns.is(p.tokens().get(head).folded());
            if (unitName.equals("MATERIAL")) unitName = ammunition ? "ROUNDS" : "ITEMS";
            return mention(p, number, p.tokens().get(end - 1).end(), p.span(k, end), unitName, equipment != null ? 0.9 : 0.8);
        }
        int noun = UnlistedNouns.end(p, number, k, hitAt, lexicon);
        if (noun < 0) return null;
        // No tail but what the noun is of ("15 томів документів"): the types, calibres and bodies QuantityTail takes in follow military nouns, not these.
        int end = FrenchNounPhrase.extend(p, CountedNouns.goodsOf(p, UnlistedNouns.ofWhat(p, CoordinatedNouns.after(p, QuantityTail.hyphenCompound(p, noun), equipmentAt, hitAt), hitAt), lexicon), hitAt);
        // No item: "117 positions" or "7.800 contrats" name nothing an event could take for its equipment.
        return mention(p, number, p.tokens().get(end - 1).end(), null, "ITEMS", 0.6);
    }

    /**
     * "and"/"or" in the seven languages. Kept here rather than in the lexicon: they are among the
     * commonest words, and every lexicon word costs a cue lookup wherever it occurs.
     */
    static boolean isConjunction(Passage p, Token t) {
        return isAnd(p, t) || OR.getOrDefault(p.language(), Set.of()).contains(t.folded());
    }

    /** "and" alone: it joins the parts of one spelled-out number ("two hundred and five"), where "or" parts two. */
    static boolean isAnd(Passage p, Token t) {
        return AND.getOrDefault(p.language(), Set.of()).contains(t.folded());
    }

    private static final Map<String, Set<String>> AND = Map.of("en", Set.of("and"), "nl", Set.of("en"), "fr", Set.of("et"),
            "de", Set.of("und"), "pl", Set.of("i"), "uk", Set.of("і", "та", "й"), "ru", Set.of("и"));

    private static final Map<String, Set<String>> OR = Map.of("en", Set.of("or"), "nl", Set.of("of"), "fr", Set.of("ou"),
            "de", Set.of("oder"), "pl", Set.of("lub", "albo"), "uk", Set.of("або"), "ru", Set.of("или"));

    /** An article or demonstrative: "the 12 drones", "de twaalf", "les six". */
    static boolean isDeterminer(Passage p, Token t) {
        return DETERMINERS.getOrDefault(p.language(), Set.of()).contains(t.folded());
    }

    private static final Map<String, Set<String>> DETERMINERS = Map.of("en", Set.of("the", "these", "those"),
            "nl", Set.of("de", "het", "die", "deze"), "fr", Set.of("les", "ces", "des"),
            "de", Set.of("die", "diese", "den", "der"));

    /** A number in digits or in words ("12", "zwölf", "дванадцять"). */
    static boolean numeric(Passage p, Token t, Lexicon lexicon) {
        return t.isNumeric() || lexicon.word(t.folded(), p.language(), "num") != null;
    }

    /**
     * "52 тыс. ракет", "3,5 тис. гривень": the stop that abbreviates the multiplier (left out of the
     * number's span) does not part the number from a lower-case noun after it.
     */
    private static boolean afterAbbreviatedMultiplier(Passage p, NumberSpan number, int k) {
        if (k != number.endToken() || k == 0 || k >= p.tokens().size()) return false;
        Token multiplier = p.tokens().get(k - 1), next = p.tokens().get(k);
        if (multiplier.isNumeric() || !Character.isLetter(multiplier.text().charAt(0)) || !Character.isLowerCase(next.text().charAt(0))) return false;
        return p.separatedBy(k, ".");
    }

    /** The quantity from the number to end (past a closing quote), counting item in unit; every reading of counts makes its mention here. */
    static Mention mention(Passage p, NumberSpan n, int end, String item, String unit, double confidence) {
        end = NameEnds.end(p, n.start(), end); // "zwei »Leoparden«"
        return new Mention(MentionKind.QUANTITY, p.between(n.start(), end), n.start(), end, null, null, null, null,
                n.value(), unit.toLowerCase(java.util.Locale.ROOT), null, item, null, null, confidence);
    }
}
