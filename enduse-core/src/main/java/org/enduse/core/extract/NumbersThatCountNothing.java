package org.enduse.core.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers that stand before a noun and still count nothing: a Slavic "one" that picks a member out
 * of a group, denies or adds one ("один из самолетов", "ни одного снаряда", "ще один пакет"), a
 * Cyrillic ordinal ("48-й пакет", or without its ending: "47 бригади"), a number inside a web address or glued to a word as its modifier
 * ("35-Millimeter-Munition"), minutes abbreviated ("1 min de lecture"). Both readings of counts, {@link QuantityFinder} and
 * {@link EllipticCounts}, rule these out before looking for what is counted.
 */
final class NumbersThatCountNothing {
    private NumbersThatCountNothing() {}

    /**
     * "один из самолетов", "одній з військових": one picked out of a group names a member, it does
     * not count the group. Only Slavic texts get here: elsewhere a lone "one" is already an article.
     */
    static boolean oneOutOf(Passage p, NumberSpan number) {
        int k = number.endToken();
        return number.value().compareTo(BigDecimal.ONE) == 0 && p.joined(k) && OUT_OF.contains(p.tokens().get(k).folded());
    }

    /**
     * "ни одного снаряда" (not a single shell), "ещё один танк", "ще один пакет" (one more): a Slavic
     * "one" after these words denies or adds, it counts nothing (languages with articles never read a lone "one").
     */
    static boolean noneOrOneMore(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        return number.value().compareTo(BigDecimal.ONE) == 0 && before >= 0 && p.joined(number.startToken())
                && NONE_OR_MORE.contains(p.tokens().get(before).folded());
    }

    private static final Set<String> NONE_OR_MORE = Set.of("ни", "еще", "ще", "ani", "jeszcze");

    /** "of" before a group, in the Slavic languages. */
    private static final Set<String> OUT_OF = Set.of("из", "з", "із", "зі", "z", "ze");

    /** "48-й пакет", "47-ї бригади", "2022-го": a number with a hyphenated case ending of an ordinal ranks, it does not count. */
    static boolean cyrillicOrdinal(Passage p, NumberSpan number) {
        int k = number.endToken();
        return k < p.tokens().size() && p.textIs(number.end(), p.tokens().get(k).start(), "-")
                && ORDINAL_ENDINGS.contains(p.tokens().get(k).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "47 бригади", "у 19 пакеті": a Ukrainian or Russian number in figures that ends in 0 or 5 to 9 (or in 11
     * to 14) governs the genitive plural ("47 бригад", "19 пакетів"), which never ends in a vowel, or after a
     * preposition takes the noun's plural case ("з 5 бригадами", "у 5 пакетах"); a counted noun ending in a vowel
     * but the instrumental plural's "-ми" is then in the singular, a brigade or package the number ranks, written
     * without the ordinal's ending, as is a masculine noun in the nominative singular ("19 пакет"). Only the nouns of
     * counted-nouns.tsv, which reports rank (units, packages), are asked.
     */
    static boolean rankWithoutEnding(Passage p, NumberSpan number) {
        int k = number.endToken();
        if (!p.ukrainianOrRussian() || k >= p.tokens().size() || !p.joined(k) || number.endToken() - number.startToken() != 1
                || !p.tokens().get(number.startToken()).isNumeric() || number.value().scale() > 0) return false;
        int lastTwo = number.value().remainder(BigDecimal.valueOf(100)).intValue(), last = lastTwo % 10;
        boolean governsGenitivePlural = last == 0 || last >= 5 || lastTwo >= 11 && lastTwo <= 14;
        String noun = p.tokens().get(k).text().toLowerCase(Locale.ROOT);
        boolean singular = GovernmentBodies.SLAVIC_VOWELS.indexOf(noun.charAt(noun.length() - 1)) >= 0 && !noun.endsWith("ми")
                || MASCULINE_SINGULARS.contains(noun);
        return governsGenitivePlural && singular && CountedNouns.is(p.language(), p.tokens().get(k));
    }

    /** Counted nouns whose nominative singular, with no ending, is no genitive plural ("19 пакет" ranks; "19 пакетів" counts). */
    private static final Set<String> MASCULINE_SINGULARS = Set.of("пакет", "полк", "батальйон", "батальон", "союзник", "город");

    /** Endings of Russian and Ukrainian ordinals written after a number; cardinals take others ("5-ти", "двух"). */
    private static final Set<String> ORDINAL_ENDINGS = Set.of("й", "я", "е", "го", "му", "м", "ю", "ї", "ий", "ій", "ый", "ой", "ая", "ое",
            "ого", "ому", "ої", "ім", "ым", "ом");

    /**
     * "1 min de lecture", "3 min read", "1 мин": minutes abbreviated, mostly a page's reading time. Only
     * Russian writes mines "мин", in the genitive plural, which a number ending in 1 to 4 (not 11 to 14)
     * never governs ("1 мина", "3 мины"), so after such a number "мин" is minutes.
     */
    static boolean minutes(Passage p, NumberSpan number) {
        int k = number.endToken();
        if (k >= p.tokens().size() || !p.joined(k)) return false;
        String word = p.tokens().get(k).folded();
        if (word.equals("min")) return !p.ukrainianOrRussian();
        if (!word.equals("мин") || !p.language().equals("ru") || number.value().scale() > 0) return false;
        int lastTwo = number.value().remainder(BigDecimal.valueOf(100)).intValue();
        return lastTwo % 10 >= 1 && lastTwo % 10 <= 4 && (lastTwo < 11 || lastTwo > 14);
    }

    /** "perte-trois-chars" in a web address: a number glued to a word before it counts nothing. */
    static boolean insideWord(Passage p, NumberSpan number) {
        int before = number.start() - 1;
        return before > p.start() && (p.text().charAt(before) == '-' || p.text().charAt(before) == '/')
                && Character.isLetter(p.text().charAt(before - 1));
    }

    /**
     * "35-Millimeter-Munition", "155-mm-Granaten", "53-летний", "11-тонний броньований автомобіль": a number joined
     * to the word after it describes, it does not count. After a Cyrillic word only when it is a whole word: the
     * case endings a number takes in Ukrainian and Russian ("5-ти", "22-х", "10-ю") are at most three letters.
     */
    static boolean modifierCompound(Passage p, NumberSpan number) {
        int after = number.end();
        if (after + 1 >= p.end() || p.text().charAt(after) != '-' || !Character.isLetter(p.text().charAt(after + 1))) return false;
        if (!Tokenizer.isCyrillic(p.text().charAt(after + 1))) return true;
        int letters = 0;
        for (int i = after + 1; i < p.end() && Character.isLetter(p.text().charAt(i)); i++) letters++;
        return letters > MAX_CASE_ENDING;
    }

    /** The longest case ending Ukrainian and Russian write after a number with a hyphen ("5-ти", "2-мя", "10-ью"). */
    private static final int MAX_CASE_ENDING = 3;

    /**
     * "Antwort zu Frage 12)", "Stridsfordon 90 (CV-90 ...)", "Selenskyj (45)", "ce jeudi 23,": a number
     * alone right after a capitalised word inside its sentence, or after a weekday or month, is that
     * word's number (a question, a model, a person's age, a day), and so is one after "and" that follows
     * an equipment name's number ("Leopard 1 und 2"); it counts nothing. Not after a country
     * ("Deutschland 14, Polen 10": each state's share of what was counted), nor after the first word of a
     * sentence ("Davon 14 ..."). German capitalises every noun, so a part named after the number is
     * left to the caller ("fünf Bergepanzer (zwei davon ...)"). mentions: those found so far in the
     * passage, to know the countries.
     */
    static boolean numbersTheWordBefore(Passage p, NumberSpan number, List<Mention> mentions) {
        int before = number.startToken() - 1;
        if (before < 0) return false;
        Token word = p.tokens().get(before);
        String gap = p.between(word.end(), number.start());
        if (!gap.isBlank() && !gap.strip().equals("(")) return false;
        if (Lexicon.get().at(p, before, "weekday", "month") != null || secondModel(p, before, mentions)) return true;
        if (!word.isCapitalised() || sentenceStart(p, word.start())) return false;
        for (Mention m : mentions) if (m.kind() == MentionKind.COUNTRY && m.end() == word.end()) return false;
        return true;
    }

    /**
     * "Leopard 1 und 2", "T-64 и 72": after "and" that follows the number ending an equipment name, a
     * number alone names a second model of it. and: the token before the number.
     */
    private static boolean secondModel(Passage p, int and, List<Mention> mentions) {
        if (and < 1 || !QuantityFinder.isConjunction(p, p.tokens().get(and)) || !p.joined(and)) return false;
        Token model = p.tokens().get(and - 1);
        if (!model.isNumeric()) return false;
        for (Mention m : mentions) if (m.kind() == MentionKind.EQUIPMENT && m.end() == model.end()) return true;
        return false;
    }

    /** Nothing but quotes and spaces between the sentence's end (or the passage's start) and position at. */
    static boolean sentenceStart(Passage p, int at) {
        int i = at - 1;
        while (i >= p.start() && (Character.isWhitespace(p.text().charAt(i)) || "\"'«»„“”‚‘’(".indexOf(p.text().charAt(i)) >= 0)) {
            if (p.text().charAt(i) == '\n') return true;
            i--;
        }
        return i < p.start() || ".!?:".indexOf(p.text().charAt(i)) >= 0;
    }
}
