package org.enduse.core.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.enduse.core.common.DatePrecision;
import org.enduse.core.common.PartialDate;

/**
 * Dates of a year, a span of years or a decade: "2023", "2023 року", "2022 год", "2021-2027",
 * "початку 2024-го року", "середині 1990-х". Four digits are a year only between 1945 and 2100 and when nothing measured follows them
 * ("bis zu 2000 Metern"); decades ("the 1970s", "années 1970") are kept without a value, as no
 * precision of ten years exists. The Cyrillic case ending and the word for "year" after a year
 * belong to the date, also when a month comes before it, so {@link MonthPhrases} asks here too.
 */
final class YearDates {
    /** Asked at each token that may start a date; see {@link Categories}. */
    private static final Categories PART_OF_YEAR = Lexicon.get().categories("monthpart", "relative"), DECADE = Lexicon.get().categories("decade");

    private YearDates() {}

    /**
     * "початку 2024-го року", "восени 2022 року", "середині 1990-х": Russian and Ukrainian write the
     * part of a year or a decade into the date, as they do with a month's. Null elsewhere.
     */
    static Mention partOfYear(Passage p, int i, Lexicon lexicon) {
        if (!p.language().equals("uk") && !p.language().equals("ru")) return null;
        Lexicon.Hit part = lexicon.at(p, i, PART_OF_YEAR);
        if (part == null || part.cue().category().equals("relative") && !part.cue().value().equals("period")) return null;
        int k = part.endToken();
        if (k >= p.tokens().size() || !p.joined(k) || !DateFinder.isYear(p.tokens().get(k))) return null;
        Mention year = at(p, k, lexicon);
        if (year == null) return null;
        // "в середині 1990-х": the preposition of a two-word part stays outside, as before any date.
        int first = part.endToken() - i == 2 && PREPOSITIONS.contains(p.tokens().get(i).folded()) ? i + 1 : i;
        return DateFinder.startingAt(p, p.tokens().get(first).start(), year);
    }

    private static final Set<String> PREPOSITIONS = Set.of("на", "в", "у", "з", "із", "с");

    /** "2023", "2023 року", "2022 год"; "années 1970" and "the 1970s" are decades, kept without a value. */
    static Mention at(Passage p, int i, Lexicon lexicon) {
        List<Token> tokens = p.tokens();
        Lexicon.Hit decade = lexicon.at(p, i, DECADE);
        if (decade != null && decade.endToken() < tokens.size() && DateFinder.isYear(tokens.get(decade.endToken())) && p.joined(decade.endToken())) {
            return DateFinder.unresolved(p, tokens.get(i).start(), tokens.get(decade.endToken()).end(), 0.6);
        }
        Token t = tokens.get(i);
        if (isDecade(t)) return DateFinder.unresolved(p, t.start(), tokens.get(yearWord(p, i, lexicon)).end(), 0.6); // "1970er Jahren"
        if (!DateFinder.isYear(t)) return null;
        int y = Integer.parseInt(t.text());
        // "1950-х років" is a decade, "в 1970-м" the year: a Slavic case ending after a hyphen.
        String ending = caseEnding(p, i) > i ? tokens.get(i + 1).folded() : null;
        if (ending != null && ending.equals("х")) return DateFinder.unresolved(p, t.start(), tokens.get(yearWord(p, i + 1, lexicon)).end(), 0.6);
        if (y < 1945 || y > 2100 || measured(p, i, lexicon)) return null;
        int end = ending != null ? i + 1 : spanEnd(p, i);
        if (end > i && ending == null && measured(p, end, lexicon)) return null; // "between 2000-2050 soldiers" counts
        int last = yearWord(p, end, lexicon);
        return DateFinder.mention(p, t.start(), tokens.get(last).end(), new PartialDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR), 0.7);
    }

    /** The hyphen and the dashes a span of years is written with. */
    private static final String YEAR_DASHES = "-\u2010\u2013";

    /**
     * "2021-2027", "2022–2024 годах", "2015-16": a span of years written with a dash between them is
     * one date, valued at its first year, as the real-report labellers write it (batches 40-63: 20 such
     * spans, each one date, in all six languages). The token of the span's last year, or i when no later
     * year follows the one at i across a bare dash.
     */
    private static int spanEnd(Passage p, int i) {
        List<Token> tokens = p.tokens();
        if (i + 1 >= tokens.size()) return i;
        Token first = tokens.get(i), second = tokens.get(i + 1);
        if (second.start() != first.end() + 1 || YEAR_DASHES.indexOf(p.text().charAt(first.end())) < 0 || !second.isNumeric()) return i;
        String s = second.text();
        int from = Integer.parseInt(first.text());
        boolean later = s.length() == 4 ? DateFinder.isYear(s) && Integer.parseInt(s) > from
                : s.length() == 2 && Integer.parseInt(s) > from % 100; // "2015-16"
        return later ? i + 1 : i;
    }

    /**
     * "bis zu 2000 Metern", "…/1057837324_0:134:2000:1259_1920x0", "2000 scherfvesten": four digits before a measure,
     * between colons of a web address, or before what they count, measure or number something; they name no year.
     */
    private static boolean measured(Passage p, int i, Lexicon lexicon) {
        Token t = p.tokens().get(i);
        if (t.end() + 1 < p.end() && p.text().charAt(t.end()) == ':' && Character.isDigit(p.text().charAt(t.end() + 1))) return true;
        // The word for year comes first: "2022 року" meets the measure "років" through its stem.
        if (i + 1 < p.tokens().size() && p.joined(i + 1) && lexicon.at(p, i + 1, "yearword") == null && lexicon.at(p, i + 1, "measure") != null) return true;
        return YearShapedCounts.countsItem(p, i, lexicon); // "2000 scherfvesten"
    }

    /** The token of a Cyrillic case ending hyphenated to the number at token k ("2022-го", "1990-х"), else k. */
    static int caseEnding(Passage p, int k) {
        List<Token> tokens = p.tokens();
        Token t = tokens.get(k);
        boolean ending = k + 1 < tokens.size() && p.text().startsWith("-", t.end()) && tokens.get(k + 1).start() == t.end() + 1
                && Tokenizer.isCyrillic(tokens.get(k + 1).text().charAt(0)) && tokens.get(k + 1).text().length() <= 3;
        return ending ? k + 1 : k;
    }

    /** The year at token k, or the word "year" right after it ("2023 року", "2022 года"): the last token of the date. */
    static int yearWord(Passage p, int k, Lexicon lexicon) {
        Lexicon.Hit word = k + 1 < p.tokens().size() && p.joined(k + 1) ? lexicon.at(p, k + 1, "yearword") : null;
        return word == null ? k : word.endToken() - 1;
    }

    /** "1970s", "1980er": a decade written as one token. */
    private static boolean isDecade(Token t) {
        String s = t.text();
        if (s.length() < 5 || !DateFinder.isYear(s.substring(0, 4)) || s.charAt(3) != '0') return false;
        String suffix = s.substring(4);
        return suffix.equals("s") || suffix.equals("er");
    }
}
