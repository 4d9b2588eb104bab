package org.enduse.core.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month or a year. The stored {@code date} is the first day of the known
 * period; {@link #latest()} is its last day, so comparisons can be honest about imprecision.
 * Written as "2023-05-22", "2023-05" or "2023".
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        Checks.required("date", date);
        Checks.required("precision", precision);
        if (precision == DatePrecision.UNKNOWN) throw InvalidInputException.field("date", "an unknown date is written as no date");
        date = switch (precision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            default -> date;
        };
    }

    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the message names what was wrong. */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) throw InvalidInputException.field("date", "is required");
        var m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw InvalidInputException.field("date", "'" + text.strip() + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw InvalidInputException.field("date", "'" + text.strip() + "' is not a calendar date");
        }
    }

    public static PartialDate parseNullable(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** The first day this date can mean. */
    public LocalDate earliest() {
        return date;
    }

    /** The last day this date can mean. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            default -> date;
        };
    }

    /**
     * True when this date can fall on or after the first day of {@code start}: "2023" counts as on
     * or after "2023-05", because the year may mean a day in May or later. Filters use it so that an
     * imprecise date is kept rather than silently dropped.
     */
    public boolean mayBeOnOrAfter(PartialDate start) {
        return !latest().isBefore(start.earliest());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            default -> date.toString();
        };
    }
}
