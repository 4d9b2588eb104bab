package org.enduse.core.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enduse.core.common.DatePrecision;
import org.enduse.core.common.PartialDate;

/**
 * Dates, absolute ("22 May 2023", "2023-05-22", "22.05.2023", "травня 2023", "in 2023") or relative
 * to the publication date ("on Thursday", "gisteren", "last year", "3 mei" without a year), each
 * with its precision. Relative dates are resolved only when the publication date is known; a
 * weekday means the latest such day on or before publication, as news reports speak of the past.
 * A relative date that cannot be resolved (no publication date, or a weekday against a month) is
 * still a date mention, without a value: the text says when, only the reference is missing.
 */
final class DateFinder {
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])");

    private DateFinder() {}

    static List<Mention> find(Passage p, PartialDate published, YearsNamed years) {
        List<Mention> out = new ArrayList<>();
        regex(p, out);
        AgoDates.find(p, published, out);
        Lexicon lexicon = Lexicon.get();
        List<Token> tokens = p.tokens();
        long dateWords = lexicon.bitsOf("monthpart", "month", "weekday", "relative", "decade");
        for (int i = 0; i < tokens.size(); i++) {
            // A date starts at a number or at one of these words: most tokens are neither, and the
            // lexicon's bits say so without the three readings below each asking for its words.
            if (!tokens.get(i).isNumeric() && !p.mayStartCue(i, lexicon, dateWords) && !EnglishDates.monthName(p, tokens.get(i), lexicon)) continue;
            int at = tokens.get(i).start();
            if (covered(out, at)) continue;
            Mention m = partOfYear(p, i, lexicon);
            if (m == null) m = monthPhrase(p, i, published, lexicon, years);
            if (m == null) m = EnglishDates.at(p, i, lexicon);
            if (m == null) m = relative(p, i, published, lexicon);
            if (m == null) m = year(p, i, lexicon);
            if (m != null) {
                out.add(m);
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < m.end()) i++;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** ISO and numeric dates, tried only at tokens that can start one (no scan of the whole paragraph). */
    private static void regex(Passage p, List<Mention> out) {
        Matcher iso = ISO.matcher(p.text()).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher numeric = NUMERIC.matcher(p.text()).useTransparentBounds(true).useAnchoringBounds(false);
        for (Token t : p.tokens()) {
            if (!t.isNumeric() || covered(out, t.start())) continue;
            if (t.text().length() == 4 && iso.region(t.start(), p.end()).lookingAt()) {
                PartialDate d = make(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3)));
                if (d != null) out.add(mention(p, iso.start(), iso.end(), d, 0.95));
            } else if (t.text().length() <= 2 && numeric.region(t.start(), p.end()).lookingAt()) {
                int a = Integer.parseInt(numeric.group(1)), b = Integer.parseInt(numeric.group(3));
                boolean monthFirst = p.language().equals("en") && numeric.group(2).equals("/");
                PartialDate d = make(Integer.parseInt(numeric.group(4)), monthFirst ? a : b, monthFirst ? b : a);
                if (d != null) out.add(mention(p, numeric.start(), numeric.end(), d, 0.85));
            }
        }
    }

    /** "22 May 2023", "May 22, 2023", "22. Mai", "травня 2023", "in March", "конце марта", "11th May". */
    private static Mention monthPhrase(Passage p, int i, PartialDate published, Lexicon lexicon, YearsNamed years) {
        List<Token> t = p.tokens();
        int day = 0, first = i, k = i;
        // "end of May", "конце марта", "mi-avril": a part of the month keeps the month's precision.
        Lexicon.Hit part = lexicon.at(p, i, "monthpart");
        if (part != null && part.endToken() < t.size() && p.joined(part.endToken())) k = part.endToken();
        else if (isDay(t.get(i)) && i + 1 < t.size()) {
            day = dayNumber(t.get(i));
            k = i + 1;
        }
        Lexicon.Hit month = lexicon.at(p, k, "month");
        if (month == null || !monthForm(t.get(k), p.language(), lexicon)) return null;
        // "may" and "march" are also verbs: in English the month must be capitalised.
        if (p.language().equals("en") && !t.get(k).isCapitalised()) return null;
        int last = month.endToken() - 1;
        if (day == 0 && part == null && last + 1 < t.size() && isDay(t.get(last + 1)) && !isYear(t.get(last + 1))
                && !startsLargerNumber(p.text(), t.get(last + 1).end())) {
            day = dayNumber(t.get(last + 1));
            last++;
        }
        int monthNumber = Integer.parseInt(month.cue().value());
        int year = 0;
        if (last + 1 < t.size() && isYear(t.get(last + 1)) && onlySeparators(p.text(), t.get(last).end(), t.get(last + 1).start())) {
            year = Integer.parseInt(t.get(last + 1).text());
            last = yearWord(p, caseEnding(p, last + 1), lexicon); // "ноябре 2022-го", "травні 2023 року"
            years.named(year);
        }
        double confidence = 0.9;
        // "juni vorig jaar", "марта прошлого года", "March last year": the year said in words.
        Lexicon.Hit yearInWords = year == 0 && last + 1 < t.size() && p.joined(last + 1) ? lexicon.at(p, last + 1, "relative") : null;
        if (yearInWords != null && YEARS_IN_WORDS.containsKey(yearInWords.cue().value())) {
            last = yearInWords.endToken() - 1;
            // "February 24 last year" is one date, said with or without a publication date to resolve it.
            if (published == null) return unresolved(p, t.get(first).start(), t.get(last).end(), 0.6);
            year = published.latest().getYear() + YEARS_IN_WORDS.get(yearInWords.cue().value());
            years.named(year);
        }
        // "Oct", "Sept": an abbreviated month is a date only with its day or year ("Jan" is also a given name).
        if (year == 0 && day == 0 && abbreviated(p, t.get(k))) return null;
        int lastWord = year == 0 && day == 0 && part == null ? LastDates.wordAt(p, first, last) : -1;
        if (lastWord >= 0) {
            first = Math.min(first, lastWord);
            last = Math.max(last, lastWord);
            if (published == null) return unresolved(p, t.get(first).start(), t.get(last).end(), 0.6);
            year = LastDates.yearOfMonth(published.latest(), monthNumber);
        }
        // "februari tot september 2022", "с февраля по сентябрь прошлого года": the range's end gives its start the year.
        if (year == 0 && day == 0 && part == null && published != null) {
            year = yearOfRangeEnd(p, last, monthNumber, published, lexicon);
            if (year != 0) years.named(year);
        }
        // "У липні 2024 року ..., а вже в серпні": a month without a year is read in the year the report named last.
        if (year == 0 && day == 0 && part == null && years.last() != 0 && !tooFarAhead(years.last(), monthNumber, published)) year = years.last();
        if (year == 0) {
            if (published == null) return unresolved(p, t.get(first).start(), t.get(last).end(), 0.6);
            // News tells of months gone by: a month without a year is the latest such month up to
            // publication, unless it is one of the next two ("in March" said in January is this
            // March; "in July" said in February is last July). The real-report labels of the six
            // tuning sets reach back seven months and ahead only one.
            LocalDate ref = published.latest();
            int distance = monthNumber - ref.getMonthValue();
            year = distance > MONTHS_AHEAD ? ref.getYear() - 1 : distance < MONTHS_AHEAD - 11 ? ref.getYear() + 1 : ref.getYear();
            confidence = 0.75;
        }
        PartialDate d = make(year, monthNumber, day);
        return d == null ? null : mention(p, t.get(first).start(), t.get(last).end(), d, confidence);
    }

    /**
     * The year of the month that ends a range begun by a month without a year at token last, a year
     * earlier when the range crosses New Year ("from November to March 2023"); 0 when no month follows.
     */
    private static int yearOfRangeEnd(Passage p, int last, int monthNumber, PartialDate published, Lexicon lexicon) {
        int k = last + 1;
        if (k + 1 >= p.tokens().size() || !p.joined(k) || !p.joined(k + 1) || !RANGE_TO.contains(p.tokens().get(k).folded())) return 0;
        Mention end = monthPhrase(p, k + 1, published, lexicon, new YearsNamed());
        if (end == null || end.date() == null || end.date().precision() == DatePrecision.YEAR) return 0;
        LocalDate to = end.date().latest();
        return to.getMonthValue() < monthNumber ? to.getYear() - 1 : to.getYear();
    }

    /** The word between the two ends of a range of months. */
    private static final java.util.Set<String> RANGE_TO = java.util.Set.of("to", "until", "till", "tot", "bis", "a", "au", "jusqu", "по", "до", "do");

    /** The month in that year lies further ahead of publication than a month said without a year may ("Четвер, 23 лютого 2023 ... У липні"). */
    private static boolean tooFarAhead(int year, int month, PartialDate published) {
        if (published == null) return false;
        LocalDate ref = published.latest();
        return (year - ref.getYear()) * 12 + month - ref.getMonthValue() > MONTHS_AHEAD;
    }

    /** How far ahead of publication a month without a year may lie. */
    private static final int MONTHS_AHEAD = 2;

    /** Relative years after a month, by how many years they lie from the publication's. */
    private static final java.util.Map<String, Integer> YEARS_IN_WORDS = java.util.Map.of("last-year", -1, "this-year", 0, "next-year", 1);

    private static Mention relative(Passage p, int i, PartialDate published, Lexicon lexicon) {
        Lexicon.Hit hit = lexicon.at(p, i, "weekday", "relative");
        if (hit == null) return null;
        // "Tuesday 11 October 2022", "jeudi 23 juin": a weekday right before a date is one date with it;
        // after a comma ("вівторок, 19 липня") the two are labelled apart.
        if (hit.cue().category().equals("weekday") && hit.endToken() < p.tokens().size()
                && p.between(p.tokens().get(hit.endToken() - 1).end(), p.tokens().get(hit.endToken()).start()).isBlank()) {
            Mention date = monthPhrase(p, hit.endToken(), published, lexicon, new YearsNamed());
            if (date != null && lexicon.word(p.tokens().get(i).folded(), p.language(), "weekday") != null) {
                int start = p.tokens().get(i).start();
                return new Mention(MentionKind.DATE, p.between(start, date.end()), start, date.end(), null, null, null, null, null, date.unit(), null,
                        null, date.date(), null, date.confidence());
            }
        }
        // Weekdays and one-word relatives count only as written (their forms are listed): a stem
        // would let Russian "среди" (among) meet "среда" (Wednesday).
        if (hit.endToken() - i == 1 && lexicon.word(p.tokens().get(i).folded(), p.language(), hit.cue().category()) == null) return null;
        int lastWord = hit.cue().category().equals("weekday") ? LastDates.wordAt(p, i, hit.endToken() - 1) : -1;
        if (lastWord >= 0) {
            int start = p.tokens().get(Math.min(i, lastWord)).start(), end = p.tokens().get(Math.max(hit.endToken() - 1, lastWord)).end();
            return published == null || published.precision() != DatePrecision.DAY ? unresolved(p, start, end, 0.6)
                    : mention(p, start, end, PartialDate.day(LastDates.weekday(published.latest(), Integer.parseInt(hit.cue().value()))), 0.7);
        }
        int start = p.tokens().get(i).start(), end = p.tokens().get(hit.endToken() - 1).end();
        PartialDate d = published == null ? null : resolve(hit.cue(), published);
        return d == null ? unresolved(p, start, end, 0.6) : mention(p, start, end, d, 0.7);
    }

    private static PartialDate resolve(Cue cue, PartialDate published) {
        LocalDate ref = published.latest();
        boolean dayKnown = published.precision() == DatePrecision.DAY;
        return switch (cue.category() + ":" + cue.value()) {
            case "relative:today" -> dayKnown ? PartialDate.day(ref) : null;
            case "relative:yesterday" -> dayKnown ? PartialDate.day(ref.minusDays(1)) : null;
            case "relative:last-year" -> new PartialDate(ref.minusYears(1), DatePrecision.YEAR);
            case "relative:this-year" -> new PartialDate(ref, DatePrecision.YEAR);
            case "relative:next-year" -> new PartialDate(ref.plusYears(1), DatePrecision.YEAR);
            case "relative:last-month" -> new PartialDate(ref.minusMonths(1), DatePrecision.MONTH);
            case "relative:this-month" -> new PartialDate(ref, DatePrecision.MONTH);
            case "relative:next-month" -> new PartialDate(ref.plusMonths(1), DatePrecision.MONTH);
            default -> dayKnown && cue.category().equals("weekday")
                    ? PartialDate.day(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(Integer.parseInt(cue.value())))))
                    : null; // "this week", "the weekend": no precision of a week to give
        };
    }

    /**
     * "початку 2024-го року", "восени 2022 року", "середині 1990-х": Russian and Ukrainian write the
     * part of a year or a decade into the date, as they do with a month's. Null elsewhere.
     */
    private static Mention partOfYear(Passage p, int i, Lexicon lexicon) {
        if (!p.language().equals("uk") && !p.language().equals("ru")) return null;
        Lexicon.Hit part = lexicon.at(p, i, "monthpart", "relative");
        if (part == null || part.cue().category().equals("relative") && !part.cue().value().equals("period")) return null;
        int k = part.endToken();
        if (k >= p.tokens().size() || !p.joined(k) || !isYear(p.tokens().get(k))) return null;
        Mention year = year(p, k, lexicon);
        if (year == null) return null;
        // "в середині 1990-х": the preposition of a two-word part stays outside, as before any date.
        int first = part.endToken() - i == 2 && PREPOSITIONS.contains(p.tokens().get(i).folded()) ? i + 1 : i;
        int start = p.tokens().get(first).start();
        return new Mention(MentionKind.DATE, p.between(start, year.end()), start, year.end(), null, null, null, null, null, year.unit(), null,
                null, year.date(), null, year.confidence());
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("на", "в", "у", "з", "із", "с");

    /** "2023", "2023 року", "2022 год"; "années 1970" and "the 1970s" are decades, kept without a value. */
    private static Mention year(Passage p, int i, Lexicon lexicon) {
        List<Token> tokens = p.tokens();
        Lexicon.Hit decade = lexicon.at(p, i, "decade");
        if (decade != null && decade.endToken() < tokens.size() && isYear(tokens.get(decade.endToken())) && p.joined(decade.endToken())) {
            return unresolved(p, tokens.get(i).start(), tokens.get(decade.endToken()).end(), 0.6);
        }
        Token t = tokens.get(i);
        if (isDecade(t)) return unresolved(p, t.start(), tokens.get(yearWord(p, i, lexicon)).end(), 0.6); // "1970er Jahren"
        if (!isYear(t)) return null;
        int y = Integer.parseInt(t.text());
        // "1950-х років" is a decade, "в 1970-м" the year: a Slavic case ending after a hyphen.
        String ending = caseEnding(p, i) > i ? tokens.get(i + 1).folded() : null;
        if (ending != null && ending.equals("х")) return unresolved(p, t.start(), tokens.get(yearWord(p, i + 1, lexicon)).end(), 0.6);
        if (y < 1945 || y > 2100 || measured(p, i, lexicon)) return null;
        int last = yearWord(p, ending != null ? i + 1 : i, lexicon);
        return mention(p, t.start(), tokens.get(last).end(), new PartialDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR), 0.7);
    }

    /**
     * "bis zu 2000 Metern", "…/1057837324_0:134:2000:1259_1920x0": four digits before a measure, or
     * between colons of a web address, measure or number something; they name no year.
     */
    private static boolean measured(Passage p, int i, Lexicon lexicon) {
        Token t = p.tokens().get(i);
        if (t.end() + 1 < p.end() && p.text().charAt(t.end()) == ':' && Character.isDigit(p.text().charAt(t.end() + 1))) return true;
        // The word for year comes first: "2022 року" meets the measure "років" through its stem.
        return i + 1 < p.tokens().size() && p.joined(i + 1) && lexicon.at(p, i + 1, "yearword") == null && lexicon.at(p, i + 1, "measure") != null;
    }

    /** The token of a Cyrillic case ending hyphenated to the number at token k ("2022-го", "1990-х"), else k. */
    private static int caseEnding(Passage p, int k) {
        List<Token> tokens = p.tokens();
        Token t = tokens.get(k);
        boolean ending = k + 1 < tokens.size() && p.text().startsWith("-", t.end()) && tokens.get(k + 1).start() == t.end() + 1
                && Tokenizer.isCyrillic(tokens.get(k + 1).text().charAt(0)) && tokens.get(k + 1).text().length() <= 3;
        return ending ? k + 1 : k;
    }

    /** The year at token k, or the word "year" right after it ("2023 року", "2022 года"): the last token of the date. */
    private static int yearWord(Passage p, int k, Lexicon lexicon) {
        Lexicon.Hit word = k + 1 < p.tokens().size() && p.joined(k + 1) ? lexicon.at(p, k + 1, "yearword") : null;
        return word == null ? k : word.endToken() - 1;
    }

    /** "1970s", "1980er": a decade written as one token. */
    private static boolean isDecade(Token t) {
        String s = t.text();
        if (s.length() < 5 || !isYear(s.substring(0, 4)) || s.charAt(3) != '0') return false;
        String suffix = s.substring(4);
        return suffix.equals("s") || suffix.equals("er");
    }

    /**
     * Months and weekdays of languages that do not inflect them must be written as listed: the
     * stemmer would let French "mais" (but) meet "mai" and "mars" meet "mar...".
     */
    private static boolean monthForm(Token t, String language, Lexicon lexicon) {
        // No Polish month is written with ą or ę, which folding drops: "mają" (they have) is no "maja" (of May).
        if (language.equals("pl") && (t.text().indexOf('ą') >= 0 || t.text().indexOf('ę') >= 0)) return false;
        return exactForm(t, language, "month", lexicon);
    }

    private static boolean exactForm(Token t, String language, String category, Lexicon lexicon) {
        return INFLECTING.contains(language) || lexicon.word(t.folded(), language, category) != null;
    }

    /** Polish is left out: its month forms are few and listed, and a stem would let "mają" (they have) meet "maj". */
    private static final java.util.Set<String> INFLECTING = java.util.Set.of("uk", "ru", "bg");

    /** English month abbreviations the lexicon lists ("Oct", "Sept"); "May", "June", "July" are whole names. */
    private static boolean abbreviated(Passage p, Token t) {
        return p.language().equals("en") && ENGLISH_ABBREVIATIONS.contains(t.folded());
    }

    private static final java.util.Set<String> ENGLISH_ABBREVIATIONS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** "22", and the ordinals "22nd", "1er" as days are written before a month. */
    static boolean isDay(Token t) {
        String s = dayDigits(t.text());
        if (s == null) return false;
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31;
    }

    static int dayNumber(Token t) {
        return Integer.parseInt(dayDigits(t.text()));
    }

    private static String dayDigits(String s) {
        int digits = 0;
        while (digits < s.length() && digits < 3 && Character.isDigit(s.charAt(digits))) digits++;
        if (digits == 0 || digits > 2) return null;
        String suffix = s.substring(digits);
        if (!suffix.isEmpty() && !ORDINAL_SUFFIXES.contains(suffix)) return null;
        return s.substring(0, digits);
    }

    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "er", "e");

    static boolean isYear(Token t) {
        return isYear(t.text());
    }

    private static boolean isYear(String s) {
        if (s.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return s.startsWith("19") || s.startsWith("20");
    }

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

    private static boolean covered(List<Mention> found, int at) {
        for (int i = 0; i < found.size(); i++) { // indexed: asked at every token, iterators add up
            if (at >= found.get(i).start() && at < found.get(i).end()) return true;
        }
        return false;
    }

    private static PartialDate make(int year, int month, int day) {
        try {
            if (month < 1 || month > 12) return null;
            if (day == 0) return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            return PartialDate.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null; // "31 February" is not a date; the words stay unextracted.
        }
    }

    /** A day's date from start to end, or null when there is no such day ("31 June"). */
    static Mention dayMention(Passage p, int start, int end, int year, int month, int day) {
        PartialDate d = make(year, month, day);
        return d == null ? null : mention(p, start, end, d, 0.85);
    }

    /** A date the text states but that cannot be resolved to a calendar value. */
    /** A date the text gives but the publication date cannot resolve: no value, no precision. */
    static Mention unresolved(Passage p, int start, int end, double confidence) {
        return new Mention(MentionKind.DATE, p.between(start, end), start, end, null, null, null, null, null, null, null, null, null,
                null, confidence);
    }

    static Mention mention(Passage p, int start, int end, PartialDate date, double confidence) {
        return new Mention(MentionKind.DATE, p.between(start, end), start, end, null, null, null, null, null,
                date.precision().name().toLowerCase(java.util.Locale.ROOT), null, null, date, null, confidence);
    }
}
