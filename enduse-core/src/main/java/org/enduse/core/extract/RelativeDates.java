package org.enduse.core.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.enduse.core.common.DatePrecision;
import org.enduse.core.common.PartialDate;

/**
 * Dates said relative to the publication: a weekday ("on Thursday", "jeudi dernier"),
 * "gisteren", "last year", "this month". They are resolved against the publication date because a
 * news report speaks from the day it appeared; without that date they stay date mentions without a
 * value. A weekday right before a written date ("Tuesday 11 October 2022") is read with that date.
 */
final class RelativeDates {
    private RelativeDates() {}

    /** The relative date starting at token i, or null. */
    static Mention at(Passage p, int i, PartialDate published, Lexicon lexicon) {
        Lexicon.Hit hit = lexicon.at(p, i, "weekday", "relative");
        if (hit == null) return null;
        if (plural(p, i, hit.endToken(), lexicon)) return null;
        // "Tuesday 11 October 2022", "jeudi 23 juin": a weekday right before a date is one date with it.
        // A comma between them keeps them together in the Western languages ("Sunday, October 6",
        // "Freitag, 21. März"), while Ukrainian and Russian reports label the two apart ("вівторок, 19 липня").
        int dateToken = hit.cue().category().equals("weekday") ? dateAfterWeekday(p, hit) : -1;
        if (dateToken >= 0) {
            Mention date = MonthPhrases.at(p, dateToken, published, lexicon, new YearsNamed());
            if (date != null && lexicon.word(p.tokens().get(i).folded(), p.language(), "weekday") != null) {
                return DateFinder.startingAt(p, p.tokens().get(i).start(), date);
            }
        }
        // Weekdays and one-word relatives count only as written (their forms are listed): a stem
        // would let Russian "среди" (among) meet "среда" (Wednesday).
        if (hit.endToken() - i == 1 && lexicon.word(p.tokens().get(i).folded(), p.language(), hit.cue().category()) == null) return null;
        int lastWord = hit.cue().category().equals("weekday") ? LastDates.wordAt(p, i, hit.endToken() - 1) : -1;
        if (lastWord >= 0) {
            int start = p.tokens().get(Math.min(i, lastWord)).start(), end = p.tokens().get(Math.max(hit.endToken() - 1, lastWord)).end();
            return published == null || published.precision() != DatePrecision.DAY ? DateFinder.unresolved(p, start, end, 0.6)
                    : DateFinder.mention(p, start, end, PartialDate.day(LastDates.weekday(published.latest(), Integer.parseInt(hit.cue().value()))), 0.7);
        }
        int start = p.tokens().get(i).start(), end = p.tokens().get(hit.endToken() - 1).end();
        PartialDate d = published == null ? null : resolve(hit.cue(), published);
        return d == null ? DateFinder.unresolved(p, start, end, 0.6) : DateFinder.mention(p, start, end, d, 0.7);
    }

    /**
     * "coming weeks", "vergangenen Monaten", "ces derniers mois": a plural period dates nothing (docs/devset.md, labelling
     * rules), though it shares its stems with the singular ("the coming week", "vergangenen Monat"), which does. A word of
     * tokens [from, to) is one the lexicon's `pluralperiod` lists as written.
     */
    private static boolean plural(Passage p, int from, int to, Lexicon lexicon) {
        for (int k = from; k < to; k++) {
            if (lexicon.word(p.tokens().get(k).folded(), p.language(), "pluralperiod") != null) return true;
        }
        return false;
    }

    /** The token after a weekday where a date joined to it may start, or -1: right after it, or after a comma outside Cyrillic reports. */
    private static int dateAfterWeekday(Passage p, Lexicon.Hit hit) {
        List<Token> tokens = p.tokens();
        int next = hit.endToken();
        if (next >= tokens.size()) return -1;
        String gap = p.between(tokens.get(next - 1).end(), tokens.get(next).start());
        if (gap.isBlank()) return next;
        return !p.ukrainianOrRussian() && p.separatedBy(next, ",") ? next : -1;
    }

    /**
     * The date a relative word names as seen from the publication; null when the publication's
     * precision is too coarse for it ("yesterday" of a month) or the word names no day, month or year.
     */
    private static PartialDate resolve(Cue cue, PartialDate published) {
        LocalDate ref = published.latest();
        boolean dayKnown = published.precision() == DatePrecision.DAY;
        return switch (cue.category() + ":" + cue.value()) {
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
}
