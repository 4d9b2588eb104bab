package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** Words after a name that may lead to its noun: "Gepard anti-aircraft self-propelled artillery systems". */
    private static final int NOUN_REACH = 7;
    private static final List<String> CONNECTORS = List.of("of", "van", "de", "d", "des", "an", "aan", "z");
    /** Languages that write compounds as one word, so "antitankwapens" ends in an item noun. */
    private static final Set<String> COMPOUNDING = Set.of("nl", "de");
    /** Words that end a clause after a number the text counted just before ("... to 18.", "the other three."). */
    private static final String CLAUSE_END = ".,;:)\u2014\u2013";
    /** How many tokens back an elliptic number looks for the noun it counts. */
    private static final int ELLIPSIS_REACH = 40;

    private QuantityFinder() {}

    static Mention at(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        if (noneOrOneMore(p, number)) return null;
        Mention counted = counted(p, number, equipmentAt, hitAt);
        return counted == null || rateOrWeight(p, number, counted) ? null : counted;
    }

    /** "6 obus par minute", "ruim 60 ton zwaar": what follows makes the number a rate or a weight. */
    private static boolean rateOrWeight(Passage p, NumberSpan number, Mention counted) {
        int k = number.endToken();
        while (k < p.tokens().size() && p.tokens().get(k).start() < counted.end()) k++;
        return k < p.tokens().size() && p.joined(k) && Lexicon.get().at(p, k, "rate") != null;
    }

    private static Mention counted(Passage p, NumberSpan number, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        Lexicon lexicon = Lexicon.get();
        int k = pastAlternative(p, number, pastOutOf(p, number.endToken()));
        if (k >= p.tokens().size() || !(joinedOrQuoted(p, k) || afterAbbreviatedMultiplier(p, number, k)) || insideWord(p, number) || modifierCompound(p, number)
                || lexicon.at(p, k, "measure") != null || oneOutOf(p, number) || cyrillicOrdinal(p, number)) {
            return null;
        }
        Lexicon.Hit unit = equipmentAt.containsKey(k) ? null : lexicon.at(p, k, "unit");
        if (unit != null) {
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
            return mention(p, number, end, item == null ? null : p.span(itemStart, itemEnd), unit.cue().value(), 0.85);
        }
        for (int j = k; j < Math.min(k + WINDOW, p.tokens().size()); j++) {
            if (j > k && !joinedOrQuoted(p, j)) break;
            // "300,000 155mm artillery shells", "20 000 155-мм снарядів": a calibre before the noun.
            int calibre = QuantityTail.calibreEnd(p, j);
            if (calibre > 0) {
                j = calibre - 1;
                continue;
            }
            NameMatcher.Hit equipment = equipmentAt.get(j);
            Lexicon.Hit item = lexicon.at(p, j, "item");
            String compound = equipment == null && item == null ? compoundItem(p, j, lexicon) : null;
            if (equipment == null && item == null && compound == null) {
                if (!mayStandBetween(p, j, hitAt, equipmentAt, lexicon)) break;
                continue;
            }
            int end = equipment != null ? equipment.endToken() : item != null ? item.endToken() : j + 1;
            String unitName = item != null ? item.cue().value() : compound != null ? compound : "ITEMS";
            boolean commonNoun = true;
            PiecesOf.Counted pieces = equipment == null ? PiecesOf.after(p, end) : null;
            if (pieces != null) {
                end = pieces.end();
                unitName = pieces.unit();
            } else if (equipment == null) {
                // "anti-tank weapons": a noun of the lexicon can be the first half of a longer item.
                while (end < p.tokens().size() && p.joined(end)) {
                    Lexicon.Hit more = lexicon.at(p, end, "item");
                    // "negen burgers gewond": a word that meets an item only through its stem ("gewonden") is no second noun.
                    if (more != null && more.endToken() == end + 1 && !p.ukrainianOrRussian()
                            && lexicon.word(p.tokens().get(end).folded(), p.language(), "item") == null) more = null;
                    if (more == null && materialCompound(p, end, lexicon)) {
                        end++; // "100.000 Schuss Artilleriemunition": what the rounds are of, as one compound
                        continue;
                    }
                    if (more == null) break;
                    end = more.endToken();
                    if (unitName.equals("MATERIAL")) unitName = more.cue().value();
                }
            } else {
                // "six PzH2000 self-propelled armored howitzers", "15 Gepard anti-aircraft self-propelled artillery systems":
                // the name's noun comes after its adjectives.
                Noun noun = nounAfterName(p, end, hitAt, equipmentAt, lexicon);
                if (noun != null) {
                    end = noun.end();
                    unitName = noun.unit();
                }
                commonNoun = noun != null;
            }
            end = QuantityTail.extend(p, end, equipmentAt, hitAt);
            if (unitName.equals("PERSONS")) end = QuantityTail.bodyOfPersons(p, end);
            // "huit chars Leopard de conception allemande", but "21 Leopard 2A6 de fabrication allemande": a bare designation ends the phrase.
            if (commonNoun) end = FrenchNounPhrase.extend(p, end, hitAt);
            if (unitName.equals("MATERIAL")) unitName = "ITEMS";
            return mention(p, number, p.tokens().get(end - 1).end(), p.span(k, end), unitName, equipment != null ? 0.9 : 0.8);
        }
        return null;
    }

    /** An item noun ending at token end, counting in unit. */
    private record Noun(int end, String unit) {}

    /** The last item noun of the words right after a name (adjectives and nouns, at most NOUN_REACH), or null. */
    private static Noun nounAfterName(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt, Map<Integer, NameMatcher.Hit> equipmentAt,
                                             Lexicon lexicon) {
        // 'two "Abrams" tanks', "„Stinger“-Raketen": past the quote closing the name only the noun itself may follow.
        if (end < p.tokens().size() && !p.joined(end) && (joinedOrQuoted(p, end) || QuantityTail.hyphenGlued(p, end))) {
            Lexicon.Hit item = lexicon.at(p, end, "item");
            return item == null ? null : new Noun(item.endToken(), item.cue().value());
        }
        Noun last = null;
        for (int k = end; k < Math.min(end + NOUN_REACH, p.tokens().size()) && p.joined(k); ) {
            Lexicon.Hit item = lexicon.at(p, k, "item");
            if (item != null) {
                last = new Noun(item.endToken(), item.cue().value());
                k = item.endToken();
                continue;
            }
            String compound = compoundItem(p, k, lexicon);
            if (compound != null) {
                last = new Noun(k + 1, compound);
                k++;
                continue;
            }
            Token t = p.tokens().get(k);
            // Only lower-case words (and a maker's country, "US-Radschützenpanzer") go between a name and its noun.
            boolean country = hitAt.containsKey(k) && hitAt.get(k).name().kind() == NameKind.COUNTRY;
            // "Marder-Infanterie-Kampffahrzeuge": a German compound's capitalised parts glued by hyphens.
            if (!country && t.isCapitalised() && QuantityTail.hyphenGlued(p, k) && !hitAt.containsKey(k) && !t.isNumeric()) {
                k++;
                continue;
            }
            if (!country && (t.isCapitalised() || t.isNumeric() || !mayStandBetween(p, k, hitAt, equipmentAt, lexicon))) break;
            k++;
        }
        return last;
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
        boolean partitive = partitiveAfter(p, number);
        if (insideWord(p, number) || noneOrOneMore(p, number) || number.value().scale() > 0 || number.value().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0 && !partitive) return null;
        // "vijf en zeven pantserhouwitsers", "three and four tanks"
        if (k + 1 < tokens.size() && isConjunction(p, tokens.get(k))) {
            int next = tokens.get(k + 1).start();
            for (Mention q : quantities) if (q.start() == next) return mention(p, number, number.end(), q.item(), q.unit(), 0.6);
        }
        char after = number.end() < p.end() ? p.text().charAt(number.end()) : '.';
        if (germanOrdinal(p, number, after)) return null;
        Mention before = null;
        for (Mention q : quantities) {
            // The nearest count before: elliptic counts are listed after the others, so not the last one listed.
            if (q.end() <= number.start() && q.start() >= tokenStart(p, number.startToken() - ELLIPSIS_REACH) && (before == null || q.end() > before.end())) before = q;
        }
        // "De zes komen boven op de twaalf die ...": after an article the number stands for the counted things themselves.
        if (before != null && afterDeterminer(p, number)) return mention(p, number, number.end(), before.item(), before.unit(), 0.5);
        // "negen burgers ..., waarvan drie op de intensieve zorg", "30 weitere sollen folgen": a part of, or more of, what was counted.
        if (before != null && (partitiveBefore(p, number) || moreAfter(p, number))) return mention(p, number, number.end(), before.item(), before.unit(), 0.5);
        // "fünf Bergepanzer (zwei davon ...)", "90 специалистов ..., 20 из них": a part of the things counted before.
        if (before != null && partitive) return mention(p, number, number.end(), before.item(), before.unit(), 0.55);
        if (CLAUSE_END.indexOf(after) < 0 && !(after == ' ' && number.end() + 1 < p.end() && CLAUSE_END.indexOf(p.text().charAt(number.end() + 1)) >= 0)) {
            return null;
        }
        if (before != null) return mention(p, number, number.end(), before.item(), before.unit(), 0.55);
        for (int j = number.startToken() - 1; j >= Math.max(0, number.startToken() - ELLIPSIS_REACH); j--) {
            if (equipmentAt.containsKey(j) || Lexicon.get().at(p, j, "item") != null) return mention(p, number, number.end(), null, "ITEMS", 0.55);
        }
        return null;
    }

    /**
     * A pronoun standing for a group the number takes a part of: "zwei davon", "20 из них", "5.9
     * million of them". One picked out of the group names a member, as in {@link #oneOutOf}.
     */
    private static boolean partitiveAfter(Passage p, NumberSpan number) {
        int k = number.endToken();
        if (number.value().compareTo(java.math.BigDecimal.ONE) == 0 || k >= p.tokens().size() || !p.joined(k)) return false;
        String first = p.tokens().get(k).folded();
        String second = k + 1 < p.tokens().size() && p.joined(k + 1) ? p.tokens().get(k + 1).folded() : "";
        return PARTITIVES.getOrDefault(p.language(), Set.of()).contains(first)
                || PARTITIVES.getOrDefault(p.language(), Set.of()).contains(first + " " + second);
    }

    private static final Map<String, Set<String>> PARTITIVES = Map.of("en", Set.of("of them", "of which"),
            "nl", Set.of("daarvan", "ervan", "van hen", "waarvan"), "fr", Set.of("d entre"),
            "de", Set.of("davon", "von ihnen", "darunter"), "uk", Set.of("з них", "із них", "з яких"),
            "ru", Set.of("из них", "из которых"), "pl", Set.of("z nich", "z których"));

    /** "waarvan drie", "dont trois", "darunter drei", "of which three", "из которых три": a relative partitive right before the number. */
    private static boolean partitiveBefore(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        if (before < 0 || !p.joined(number.startToken())) return false;
        String one = p.tokens().get(before).folded();
        String two = before >= 1 && p.joined(before) ? p.tokens().get(before - 1).folded() + " " + one : "";
        Set<String> words = PARTITIVES_BEFORE.getOrDefault(p.language(), Set.of());
        return words.contains(one) || words.contains(two);
    }

    private static final Map<String, Set<String>> PARTITIVES_BEFORE = Map.of("en", Set.of("of which", "of whom"),
            "nl", Set.of("waarvan", "onder wie"), "fr", Set.of("dont"), "de", Set.of("darunter", "davon"),
            "uk", Set.of("з них", "із них", "з яких", "серед них"), "ru", Set.of("из них", "из которых", "среди них"), "pl", Set.of("z nich", "w tym"));

    /** "30 weitere sollen folgen", "six de plus", "eight more": more of what was counted, with no noun after. */
    private static boolean moreAfter(Passage p, NumberSpan number) {
        int k = number.endToken();
        return k < p.tokens().size() && p.joined(k) && MORE.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(k).folded());
    }

    private static final Map<String, Set<String>> MORE = Map.of("en", Set.of("more"), "nl", Set.of("meer", "extra"),
            "fr", Set.of("supplementaires"), "de", Set.of("weitere", "mehr"));

    /** "der 21. und 47. Brigade": German writes an ordinal with a dot, and a sentence never goes on in lower case. */
    private static boolean germanOrdinal(Passage p, NumberSpan number, char after) {
        int next = number.endToken();
        return after == '.' && p.language().equals("de") && next < p.tokens().size()
                && Character.isLowerCase(p.tokens().get(next).text().charAt(0));
    }

    private static boolean afterDeterminer(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        return before >= 0 && p.joined(number.startToken())
                && DETERMINERS.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(before).folded());
    }

    private static final Map<String, Set<String>> DETERMINERS = Map.of("en", Set.of("the", "these", "those"),
            "nl", Set.of("de", "het", "die", "deze"), "fr", Set.of("les", "ces", "des"),
            "de", Set.of("die", "diese", "den", "der"));

    /**
     * "and"/"or" in the seven languages. Kept here rather than in the lexicon: they are among the
     * commonest words, and every lexicon word costs a cue lookup wherever it occurs.
     */
    static boolean isConjunction(Passage p, Token t) {
        return CONJUNCTIONS.getOrDefault(p.language(), Set.of()).contains(t.folded());
    }

    private static final Map<String, Set<String>> CONJUNCTIONS = Map.of("en", Set.of("and", "or"),
            "nl", Set.of("en", "of"), "fr", Set.of("et", "ou"), "de", Set.of("und", "oder"),
            "pl", Set.of("i", "lub", "albo"), "uk", Set.of("і", "та", "й", "або"), "ru", Set.of("и", "или"));

    private static int tokenStart(Passage p, int token) {
        return token <= 0 ? p.start() : p.tokens().get(token).start();
    }

    /** "35-Millimeter-Munition", "155-mm-Granaten": a number joined to the word after it describes, it does not count. */
    private static boolean modifierCompound(Passage p, NumberSpan number) {
        int after = number.end();
        return after + 1 < p.end() && p.text().charAt(after) == '-' && Character.isLetter(p.text().charAt(after + 1))
                && !Tokenizer.isCyrillic(p.text().charAt(after + 1));
    }

    /**
     * "Three out of 15 German Gepard systems", "trois sur quinze chars": the first number counts, the
     * second (one token) names the whole, and what is counted follows it. The token after the whole,
     * or k when no whole follows.
     */
    private static int pastOutOf(Passage p, int k) {
        Set<String> words = OUT_OF_WHOLE.getOrDefault(p.language(), Set.of());
        int j = k;
        while (j < p.tokens().size() && j < k + 2 && p.joined(j) && words.contains(p.tokens().get(j).folded())) j++;
        // "10 of the 12 drones": an article may stand before the whole.
        if (j > k && j < p.tokens().size() && p.joined(j) && DETERMINERS.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(j).folded())) j++;
        if (j == k || j >= p.tokens().size() || !p.joined(j)) return k;
        Token whole = p.tokens().get(j);
        return numeric(p, whole, Lexicon.get()) ? j + 1 : k;
    }

    /**
     * "18 ou 19 chars", "six à 12 exemplaires", "two or three tanks": two numbers for one count are
     * one quantity, valued at the first (as a range of money is); what is counted follows the second.
     * The token after the second number, or k when none follows. Not "from 6 to 12", which is a change.
     */
    private static int pastAlternative(Passage p, NumberSpan number, int k) {
        return k == number.endToken() && alternativeAt(p, k) ? k + 2 : k;
    }

    /** The second number of "18 ou 19 chars", counted with the first: no quantity of its own. */
    static boolean secondOfAlternative(Passage p, NumberSpan number) {
        return number.startToken() >= 2 && alternativeAt(p, number.startToken() - 1);
    }

    /** Token k is "or" (French "à") between two numbers, with no "from" before the first. */
    private static boolean alternativeAt(Passage p, int k) {
        List<Token> t = p.tokens();
        if (k < 1 || k + 1 >= t.size() || !p.joined(k) || !p.joined(k + 1)) return false;
        if (!ALTERNATIVE.getOrDefault(p.language(), Set.of()).contains(t.get(k).folded())) return false;
        if (k >= 2 && FROM.getOrDefault(p.language(), Set.of()).contains(t.get(k - 2).folded())) return false;
        return numeric(p, t.get(k - 1), Lexicon.get()) && numeric(p, t.get(k + 1), Lexicon.get());
    }

    /** A number in digits or in words ("12", "zwölf", "дванадцять"). */
    private static boolean numeric(Passage p, Token t, Lexicon lexicon) {
        return t.isNumeric() || lexicon.word(t.folded(), p.language(), "num") != null;
    }

    /** "or" between two numbers, and French "à", which joins the two ends of a range. */
    private static final Map<String, Set<String>> ALTERNATIVE = Map.of("en", Set.of("or"), "nl", Set.of("of"), "fr", Set.of("ou", "a"),
            "de", Set.of("oder"), "uk", Set.of("або", "чи"), "ru", Set.of("или"), "pl", Set.of("lub", "albo"));
    /** "de 6 à 12 canons": a change from one number to another, two counts. */
    private static final Map<String, Set<String>> FROM = Map.of("fr", Set.of("de", "d"), "en", Set.of("from"));

    /** The words between a part and its whole: "out of", "sur", "von", "з". */
    private static final Map<String, Set<String>> OUT_OF_WHOLE = Map.of("en", Set.of("out", "of"),
            "nl", Set.of("van"), "fr", Set.of("sur"), "de", Set.of("von"),
            "uk", Set.of("з", "із"), "ru", Set.of("из"), "pl", Set.of("z"));

    /**
     * "один из самолетов", "одній з військових": one picked out of a group names a member, it does
     * not count the group. Only Slavic texts get here: elsewhere a lone "one" is already an article.
     */
    private static boolean oneOutOf(Passage p, NumberSpan number) {
        int k = number.endToken();
        return number.value().compareTo(java.math.BigDecimal.ONE) == 0 && p.joined(k) && OUT_OF.contains(p.tokens().get(k).folded());
    }

    /**
     * "ни одного снаряда" (not a single shell), "ещё один танк", "ще один пакет" (one more): a Slavic
     * "one" after these words denies or adds, it counts nothing (languages with articles never read a lone "one").
     */
    private static boolean noneOrOneMore(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        return number.value().compareTo(java.math.BigDecimal.ONE) == 0 && before >= 0 && p.joined(number.startToken())
                && NONE_OR_MORE.contains(p.tokens().get(before).folded());
    }

    private static final Set<String> NONE_OR_MORE = Set.of("ни", "еще", "ще", "ani", "jeszcze");

    /** "of" before a group, in the Slavic languages. */
    private static final Set<String> OUT_OF = Set.of("из", "з", "із", "зі", "z", "ze");

    /** "48-й пакет", "47-ї бригади", "2022-го": a number with a hyphenated case ending of an ordinal ranks, it does not count. */
    private static boolean cyrillicOrdinal(Passage p, NumberSpan number) {
        int k = number.endToken();
        return k < p.tokens().size() && p.between(number.end(), p.tokens().get(k).start()).equals("-")
                && ORDINAL_ENDINGS.contains(p.tokens().get(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Endings of Russian and Ukrainian ordinals written after a number; cardinals take others ("5-ти", "двух"). */
    private static final Set<String> ORDINAL_ENDINGS = Set.of("й", "я", "е", "го", "му", "м", "ю", "ї", "ий", "ій", "ый", "ой", "ая", "ое",
            "ого", "ому", "ої", "ім", "ым", "ом");

    /** "perte-trois-chars" in a web address: a number glued to a word before it counts nothing. */
    private static boolean insideWord(Passage p, NumberSpan number) {
        int before = number.start() - 1;
        return before > p.start() && (p.text().charAt(before) == '-' || p.text().charAt(before) == '/')
                && Character.isLetter(p.text().charAt(before - 1));
    }

    /**
     * A word between a number and what it counts: an adjective or participle ("versprochenen",
     * "zugesagten", "additional requested"), "of the", a demonym, a type name the dictionary does
     * not know ("20 Swiss-made Piranha tanks", "580 Phoenix Coast tactical drones"); not another
     * number, a name of something else, a speech verb, a preposition of place or recipient, "and",
     * or a measure. German capitalises every noun, so there an unknown capitalised word must stand
     * right before the noun ("zwei türkische Kirpi Truppentransporter").
     */
    private static boolean mayStandBetween(Passage p, int j, Map<Integer, NameMatcher.Hit> hitAt, Map<Integer, NameMatcher.Hit> equipmentAt,
                                           Lexicon lexicon) {
        Token t = p.tokens().get(j);
        NameMatcher.Hit name = hitAt.get(j);
        // "veertien Duitse Leopard 2A6-tanks", "18 немецких танков", "14 UK-made Challenger 2 tanks"
        if (name != null && name.name().kind() == NameKind.COUNTRY && name.endToken() == j + 1) return true;
        // "100 MP-2 anti-aircraft guns": the number of an unknown designation.
        if (t.isNumeric() && j > 0 && p.tokens().get(j - 1).end() + 1 == t.start() && p.text().charAt(t.start() - 1) == '-'
                && p.tokens().get(j - 1).isCapitalised()) {
            return true;
        }
        if (isConjunction(p, t)) return coordinatesModifiers(p, j, lexicon);
        if (name != null || numeric(p, t, lexicon)) return false;
        if (lexicon.at(p, j, "unit", "speech", "statement", "inquiry", "to", "loc", "measure") != null) return false;
        if (!t.isCapitalised()) return true;
        if (!p.language().equals("de")) return true;
        int next = j + 1;
        return next < p.tokens().size() && joinedOrQuoted(p, next) && (lexicon.at(p, next, "item") != null || equipmentAt.containsKey(next)
                || compoundItem(p, next, lexicon) != null);
    }

    /**
     * "360 тисяч протипіхотних та протитанкових мін", "40 trained and equipped soldiers": "and"
     * between two lower-case modifiers of the one noun counted. Not after the number itself ("2022 и
     * танки"), before another number, or after a noun.
     */
    private static boolean coordinatesModifiers(Passage p, int j, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (j + 1 >= t.size() || !p.joined(j + 1)) return false;
        // A noun before "and" ends what is counted: "four HIMARS rocket launchers and ammunition".
        return lowerCaseWord(p, t.get(j - 1), lexicon) && lowerCaseWord(p, t.get(j + 1), lexicon) && lexicon.at(p, j - 1, "item") == null;
    }

    private static boolean lowerCaseWord(Passage p, Token t, Lexicon lexicon) {
        return Character.isLowerCase(t.text().charAt(0)) && !numeric(p, t, lexicon);
    }

    /**
     * "52 тыс. ракет", "3,5 тис. гривень": the stop that abbreviates the multiplier (left out of the
     * number's span) does not part the number from a lower-case noun after it.
     */
    private static boolean afterAbbreviatedMultiplier(Passage p, NumberSpan number, int k) {
        if (k != number.endToken() || k == 0 || k >= p.tokens().size()) return false;
        Token multiplier = p.tokens().get(k - 1), next = p.tokens().get(k);
        if (multiplier.isNumeric() || !Character.isLetter(multiplier.text().charAt(0)) || !Character.isLowerCase(next.text().charAt(0))) return false;
        return p.between(multiplier.end(), next.start()).strip().equals(".");
    }

    /** Only spaces, hyphens, apostrophes or quotes between token k-1 and k: "zwei »Leoparden«". */
    private static boolean joinedOrQuoted(Passage p, int k) {
        if (p.joined(k)) return true;
        if (k <= 0 || k >= p.tokens().size()) return false;
        for (int i = p.tokens().get(k - 1).end(); i < p.tokens().get(k).start(); i++) {
            char c = p.text().charAt(i);
            if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0 && c != '-') return false; // "„Strela“-Panzerabwehrraketen"
        }
        return true;
    }

    private static final String QUOTES = "\"«»„“”‚‘’›‹";

    /** The unit counted by a compound ending in an item noun ("luchtafweervoertuigen", "Luftverteidigungssystemen"), or null. */
    private static String compoundItem(Passage p, int j, Lexicon lexicon) {
        if (!COMPOUNDING.contains(p.language())) return null;
        String word = p.tokens().get(j).folded();
        Cue cue = lexicon.compoundTail(word, p.language(), "item", 1, 5, c -> true);
        if (cue == null || !cue.value().equals("MATERIAL")) return cue == null ? null : cue.value();
        // "20.000 Artilleriemunition": a number right before a compound of ammunition counts its rounds;
        // other material ("Dieselkraftstoff") is counted by a measure, so a bare number counts items.
        return word.endsWith("munition") || word.endsWith("munitie") ? "ROUNDS" : "ITEMS";
    }

    /** A German or Dutch compound ending in a noun of material ("Artilleriemunition", "artilleriemunitie"). */
    private static boolean materialCompound(Passage p, int j, Lexicon lexicon) {
        return COMPOUNDING.contains(p.language())
                && lexicon.compoundTail(p.tokens().get(j).folded(), p.language(), "item", 1, 5, c -> c.value().equals("MATERIAL")) != null;
    }

    private static Mention mention(Passage p, NumberSpan n, int end, String item, String unit, double confidence) {
        end = NameEnds.end(p, n.start(), end); // "zwei »Leoparden«"
        return new Mention(MentionKind.QUANTITY, p.between(n.start(), end), n.start(), end, null, null, null, null,
                n.value(), unit.toLowerCase(java.util.Locale.ROOT), null, item, null, null, confidence);
    }
}
