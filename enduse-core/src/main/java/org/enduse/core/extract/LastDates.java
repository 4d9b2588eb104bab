package org.enduse.core.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weekday or month said to be the last one: "last Wednesday", "jeudi dernier", "novembre dernier",
 * "vergangenen Freitag", "afgelopen maandag", "минулого понеділка", "в прошлую пятницу". The word for
 * "last" belongs to the date, which lies strictly before the publication: "lundi dernier" said on a
 * Monday is a week back, "mars dernier" said in October is this year's March. French puts the word
 * after the date, the other languages before it; a preposition before it ("am", "в") stays outside.
 */
final class LastDates {
    /** The word for "last" per language, folded, in the forms that agree with a weekday's or month's gender and case. */
    private static final Map<String, Set<String>> BEFORE = Map.of(
            "en", Set.of("last"),
            "de", Set.of("letzten", "letzte", "vergangenen", "vergangene"),
            "nl", Set.of("afgelopen", "vorige"),
            "uk", Set.of("минулого", "минулої", "минулий", "минулу", "минула"),
            "ru", Set.of("прошлый", "прошлую", "прошлой", "прошлого", "прошлое", "прошедший", "прошедшую"),
            "pl", Set.of("zeszły", "zeszła", "zeszłego", "ubiegły", "ubiegła", "ubiegłego"));
    private static final Map<String, Set<String>> AFTER = Map.of("fr", Set.of("dernier", "derniere"));

    private LastDates() {}

    /** The token of the word for "last" that belongs to the date on tokens [first, last], or -1. */
    static int wordAt(Passage p, int first, int last) {
        List<Token> t = p.tokens();
        Set<String> before = BEFORE.get(p.language());
        if (before != null && first > 0 && p.joined(first) && before.contains(t.get(first - 1).folded())) return first - 1;
        Set<String> after = AFTER.get(p.language());
        if (after != null && last + 1 < t.size() && p.joined(last + 1) && after.contains(t.get(last + 1).folded())) return last + 1;
        return -1;
    }

    /** The last such weekday strictly before the day of publication. */
    static LocalDate weekday(LocalDate published, int dayOfWeek) {
        return published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dayOfWeek)));
    }

    /** The year of the last such month before the month of publication. */
    static int yearOfMonth(LocalDate published, int month) {
        return month < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    }
}
