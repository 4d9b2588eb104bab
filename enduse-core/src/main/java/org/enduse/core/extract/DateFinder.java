package org.enduse.core.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
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
 * Here: the numeric forms and the order in which the readings are tried at each token; each
 * reading has its class ({@link YearDates}, {@link MonthPhrases}, {@link EnglishDates},
 * {@link RelativeDates}, {@link AgoDates}), and all share the day and year numbers and the
 * mentions made below.
 */
final class DateFinder {
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])");

    /** The words a date may start at besides a number; see {@link Categories}. */
    private static final Categories DATE_WORDS = Lexicon.get().categories("monthpart", "month", "weekday", "relative", "decade");

    private DateFinder() {}

    static List<Mention> find(Passage p, PartialDate published, YearsNamed years) {
        List<Mention> out = new ArrayList<>();
        regex(p, out);
        AgoDates.find(p, published, out);
        Lexicon lexicon = Lexicon.get();
        List<Token> tokens = p.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            // A date starts at a number or at one of these words: most tokens are neither, and the
            // lexicon's bits say so without the three readings below each asking for its words.
            if (!tokens.get(i).isNumeric() && !p.mayStartCue(i, lexicon, DATE_WORDS) && !EnglishDates.monthName(p, tokens.get(i), lexicon)) continue;
            int at = tokens.get(i).start();
            if (Mention.anyCovers(out, at)) continue;
            Mention m = YearDates.partOfYear(p, i, lexicon);
            if (m == null) m = MonthPhrases.at(p, i, published, lexicon, years);
            if (m == null) m = EnglishDates.at(p, i, lexicon);
            if (m == null) m = RelativeDates.at(p, i, published, lexicon);
            if (m == null) m = YearDates.at(p, i, lexicon);
            if (m != null) {
                out.add(m);
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < m.end()) i++;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * ISO and numeric dates, tried only at tokens that can start one (no scan of the whole paragraph):
     * a number followed by the separator the pattern needs right after it, since a token is the whole
     * run of digits the pattern's first group must be. Most numbers are followed by none, so most
     * passages need no matcher at all.
     */
    private static void regex(Passage p, List<Mention> out) {
        Matcher iso = null, numeric = null;
        for (Token t : p.tokens()) {
            if (!t.isNumeric() || t.end() >= p.end() || Mention.anyCovers(out, t.start())) continue;
            char after = p.text().charAt(t.end());
            if (t.text().length() == 4 && after == '-') {
                if (iso == null) iso = regionMatcher(ISO, p);
                if (!iso.region(t.start(), p.end()).lookingAt()) continue;
                PartialDate d = make(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3)));
                if (d != null) out.add(mention(p, iso.start(), iso.end(), d, 0.95));
            } else if (t.text().length() <= 2 && (after == '.' || after == '/' || after == '-')) {
                if (numeric == null) numeric = regionMatcher(NUMERIC, p);
                if (!numeric.region(t.start(), p.end()).lookingAt()) continue;
                int a = Integer.parseInt(numeric.group(1)), b = Integer.parseInt(numeric.group(3));
                boolean monthFirst = p.language().equals("en") && numeric.group(2).equals("/");
                PartialDate d = make(Integer.parseInt(numeric.group(4)), monthFirst ? a : b, monthFirst ? b : a);
                if (d != null) out.add(mention(p, numeric.start(), numeric.end(), d, 0.85));
            }
        }
    }

    private static Matcher regionMatcher(Pattern pattern, Passage p) {
        return pattern.matcher(p.text()).useTransparentBounds(true).useAnchoringBounds(false);
    }

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

    /** Four digits from 1900 to 2099; the range of plausible years is narrowed where a year is read. */
    static boolean isYear(String s) {
        if (s.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return s.startsWith("19") || s.startsWith("20");
    }


    /** The date of a day, or of a month when day is 0; null when there is no such date. */
    static PartialDate make(int year, int month, int day) {
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

    /** A date the text gives but the publication date cannot resolve: no value, no precision. */
    static Mention unresolved(Passage p, int start, int end, double confidence) {
        return new Mention(MentionKind.DATE, p.between(start, end), start, end, null, null, null, null, null, null, null, null, null,
                null, confidence);
    }

    /** The date already read, widened to start at start: "Tuesday 11 October 2022", "початку 2024-го року". */
    static Mention startingAt(Passage p, int start, Mention date) {
        return new Mention(MentionKind.DATE, p.between(start, date.end()), start, date.end(), null, null, null, null, null, date.unit(), null,
                null, date.date(), null, date.confidence());
    }

    static Mention mention(Passage p, int start, int end, PartialDate date, double confidence) {
        return new Mention(MentionKind.DATE, p.between(start, end), start, end, null, null, null, null, null,
                date.precision().name().toLowerCase(java.util.Locale.ROOT), null, null, date, null, confidence);
    }
}
