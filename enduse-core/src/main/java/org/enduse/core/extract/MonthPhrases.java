package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enduse.core.common.PartialDate;

/**
 * Dates written around a month's name: "22 May 2023", "May 22, 2023", "22. Mai", "травня 2023",
 * "in March", "конце марта", "11th May", "juni vorig jaar", "novembre dernier". The day, a part of
 * the month and the year are read around the name; a month said without a year gets its year from
 * {@link YearOfBareMonth}. Month names double as common words in several languages ("may", "mais",
 * "mają"), so each language's forms are checked as {@link #monthForm} says.
 */
final class MonthPhrases {
    /** Relative years after a month, by how many years they lie from the publication's. */
    private static final Map<String, Integer> YEARS_IN_WORDS = Map.of("last-year", -1, "this-year", 0, "next-year", 1);

    /** Asked at each token that may start a date; see {@link Categories}. */
    private static final Categories MONTH_PART = Lexicon.get().categories("monthpart"), MONTH = Lexicon.get().categories("month"),
            RELATIVE = Lexicon.get().categories("relative");

    private MonthPhrases() {}

    /** The date around the month at token i (or at the day or month part before it), or null. */
    static Mention at(Passage p, int i, PartialDate published, Lexicon lexicon, YearsNamed years) {
        List<Token> t = p.tokens();
        int day = 0, first = i, k = i;
        // "end of May", "конце марта", "mi-avril": a part of the month keeps the month's precision.
        Lexicon.Hit part = lexicon.at(p, i, MONTH_PART);
        // "vorig jaar december": Dutch may say the year in words before the month.
        Lexicon.Hit yearBefore = yearInWordsBefore(p, i, lexicon);
        if (yearBefore != null) k = yearBefore.endToken();
        else if (part != null && part.endToken() < t.size() && p.joined(part.endToken())) k = part.endToken();
        else if (DateFinder.isDay(t.get(i)) && i + 1 < t.size()) {
            day = DateFinder.dayNumber(t.get(i));
            k = i + 1;
        }
        Lexicon.Hit month = lexicon.at(p, k, MONTH);
        if (month == null || !monthForm(t.get(k), p.language(), lexicon)) return null;
        // "may" and "march" are also verbs: in English the month must be capitalised.
        if (p.language().equals("en") && !t.get(k).isCapitalised()) return null;
        int last = month.endToken() - 1;
        if (day == 0 && part == null && last + 1 < t.size() && DateFinder.isDay(t.get(last + 1)) && !DateFinder.isYear(t.get(last + 1))
                && !startsLargerNumber(p.text(), t.get(last + 1).end())) {
            day = DateFinder.dayNumber(t.get(last + 1));
            last++;
        }
        int monthNumber = Integer.parseInt(month.cue().value());
        int year = 0;
        if (last + 1 < t.size() && DateFinder.isYear(t.get(last + 1)) && onlySeparators(p.text(), t.get(last).end(), t.get(last + 1).start())) {
            year = Integer.parseInt(t.get(last + 1).text());
            last = YearDates.yearWord(p, YearDates.caseEnding(p, last + 1), lexicon); // "ноябре 2022-го", "травні 2023 року"
            years.named(year);
        }
        double confidence = 0.9;
        // "juni vorig jaar", "марта прошлого года", "March last year": the year said in words.
        Lexicon.Hit yearInWords = yearBefore;
        if (year == 0 && yearInWords == null && last + 1 < t.size() && p.joined(last + 1)) {
            Lexicon.Hit after = lexicon.at(p, last + 1, RELATIVE);
            if (after != null && YEARS_IN_WORDS.containsKey(after.cue().value())) {
                yearInWords = after;
                last = after.endToken() - 1;
            }
        }
        if (year == 0 && yearInWords != null) {
            // "February 24 last year" is one date, said with or without a publication date to resolve it.
            if (published == null) return DateFinder.unresolved(p, t.get(first).start(), t.get(last).end(), 0.6);
            year = published.latest().getYear() + YEARS_IN_WORDS.get(yearInWords.cue().value());
            years.named(year);
        }
        // "Oct", "Sept": an abbreviated month is a date only with its day or year ("Jan" is also a given name).
        if (year == 0 && day == 0 && abbreviated(p, t.get(k))) return null;
        int lastWord = year == 0 && day == 0 && part == null ? LastDates.wordAt(p, first, last) : -1;
        if (lastWord >= 0) {
            first = Math.min(first, lastWord);
            last = Math.max(last, lastWord);
            if (published == null) return DateFinder.unresolved(p, t.get(first).start(), t.get(last).end(), 0.6);
            year = LastDates.yearOfMonth(published.latest(), monthNumber);
        }
        // "februari tot september 2022", "с февраля по сентябрь прошлого года": the range's end gives its start the year.
        if (year == 0 && day == 0 && part == null && published != null) {
            year = YearOfBareMonth.ofRangeEnd(p, last, monthNumber, published, lexicon);
            if (year != 0) years.named(year);
        }
        // "У липні 2024 року ..., а вже в серпні": a month without a year is read in the year the report named last.
        if (year == 0 && day == 0 && part == null && years.last() != 0 && !YearOfBareMonth.tooFarAhead(years.last(), monthNumber, published)) year = years.last();
        if (year == 0) {
            if (published == null) return DateFinder.unresolved(p, t.get(first).start(), t.get(last).end(), 0.6);
            year = YearOfBareMonth.nearPublication(monthNumber, published);
            confidence = 0.75;
        }
        PartialDate d = DateFinder.make(year, monthNumber, day);
        return d == null ? null : DateFinder.mention(p, t.get(first).start(), t.get(last).end(), d, confidence);
    }

    /** A year said in words ("vorig jaar") at token i with a month right after it, or null. */
    private static Lexicon.Hit yearInWordsBefore(Passage p, int i, Lexicon lexicon) {
        Lexicon.Hit year = lexicon.at(p, i, RELATIVE);
        if (year == null || !YEARS_IN_WORDS.containsKey(year.cue().value())) return null;
        int k = year.endToken();
        return k < p.tokens().size() && p.joined(k) && lexicon.at(p, k, MONTH) != null ? year : null;
    }

    /**
     * Months of languages that do not inflect them must be written as listed: the
     * stemmer would let French "mais" (but) meet "mai" and "mars" meet "mar...".
     */
    private static boolean monthForm(Token t, String language, Lexicon lexicon) {
        // No Polish month is written with ą or ę, which folding drops: "mają" (they have) is no "maja" (of May).
        if (language.equals("pl") && (t.text().indexOf('ą') >= 0 || t.text().indexOf('ę') >= 0)) return false;
        return INFLECTING.contains(language) || lexicon.word(t.folded(), language, "month") != null;
    }

    /** Polish is left out: its month forms are few and listed, and a stem would let "mają" (they have) meet "maj". */
    private static final Set<String> INFLECTING = Set.of("uk", "ru", "bg");

    /** English month abbreviations the lexicon lists ("Oct", "Sept"); "May", "June", "July" are whole names. */
    private static boolean abbreviated(Passage p, Token t) {
        return p.language().equals("en") && ENGLISH_ABBREVIATIONS.contains(t.folded());
    }

    private static final Set<String> ENGLISH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** "februari 3.000": a digit run continued by a separator and a digit is a number, not a day. */
    private static boolean startsLargerNumber(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',') && Character.isDigit(text.charAt(end + 1));
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ',' && c != '.') return false;
        }
        return true;
    }
}
