package org.enduse.core.extract;

import java.time.LocalDate;
import java.util.Set;
import org.enduse.core.common.DatePrecision;
import org.enduse.core.common.PartialDate;

/**
 * The year of a month the text names without one ("in March", "в серпні", "februari tot september
 * 2022"). Reports rarely repeat the year, so it is taken, in this order of {@link MonthPhrases}, from
 * the month that ends a range, from the year the report named last, or from the publication date.
 */
final class YearOfBareMonth {
    /** How far ahead of publication a month without a year may lie. */
    private static final int MONTHS_AHEAD = 2;

    /** The word between the two ends of a range of months. */
    private static final Set<String> RANGE_TO = Set.of("to", "until", "till", "tot", "bis", "a", "au", "jusqu", "по", "до", "do");

    private YearOfBareMonth() {}

    /**
     * The year of the month that ends a range begun by a month without a year at token last, a year
     * earlier when the range crosses New Year ("from November to March 2023"); 0 when no month follows.
     */
    static int ofRangeEnd(Passage p, int last, int monthNumber, PartialDate published, Lexicon lexicon) {
        int k = last + 1;
        if (k + 1 >= p.tokens().size() || !p.joined(k) || !p.joined(k + 1) || !RANGE_TO.contains(p.tokens().get(k).folded())) return 0;
        // A fresh record of years named: the range's end is read only for its year, not yet as a date of the report.
        Mention end = MonthPhrases.at(p, k + 1, published, lexicon, new YearsNamed());
        if (end == null || end.date() == null || end.date().precision() == DatePrecision.YEAR) return 0;
        LocalDate to = end.date().latest();
        return to.getMonthValue() < monthNumber ? to.getYear() - 1 : to.getYear();
    }

    /** The month in that year lies further ahead of publication than a month said without a year may ("Четвер, 23 лютого 2023 ... У липні"). */
    static boolean tooFarAhead(int year, int month, PartialDate published) {
        if (published == null) return false;
        LocalDate ref = published.latest();
        return (year - ref.getYear()) * 12 + month - ref.getMonthValue() > MONTHS_AHEAD;
    }

    /**
     * News tells of months gone by: a month without a year is the latest such month up to
     * publication, unless it is one of the next two ("in March" said in January is this
     * March; "in July" said in February is last July). The real-report labels of the six
     * tuning sets reach back seven months and ahead only one. A report dated by its year alone
     * tells of that year's months: its "24 February" is in it, not next year's.
     */
    static int nearPublication(int monthNumber, PartialDate published) {
        if (published.precision() == DatePrecision.YEAR) return published.earliest().getYear();
        LocalDate ref = published.latest();
        int distance = monthNumber - ref.getMonthValue();
        return distance > MONTHS_AHEAD ? ref.getYear() - 1 : distance < MONTHS_AHEAD - 11 ? ref.getYear() + 1 : ref.getYear();
    }
}
