package org.enduse.core.extract;

/**
 * The year of the last month a report wrote with its year ("У липні 2024 року ..., а вже в серпні",
 * "im Januar 2023 ... Im Juni"): a later month without a year is read in it, as the real-report
 * labellers read it, rather than against the publication date. One per document; not thread-safe.
 */
final class YearsNamed {
    private int year;

    /** Notes a month or day written with its year. */
    void named(int year) {
        this.year = year;
    }

    /** The year of the last month written with its year, or 0 when none came before. */
    int last() {
        return year;
    }
}
