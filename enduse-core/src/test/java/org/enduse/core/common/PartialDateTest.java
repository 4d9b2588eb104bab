package org.enduse.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void parsesEachPrecisionAndKnowsItsSpan() {
        PartialDate year = PartialDate.parse("2023");
        PartialDate month = PartialDate.parse("2023-05");
        PartialDate day = PartialDate.parse("2023-05-22");

        assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(year.latest()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(month.earliest()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(month.latest()).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(day.earliest()).isEqualTo(day.latest());
        assertThat(month.toString()).isEqualTo("2023-05");
    }

    @Test
    void rejectsTextThatIsNotADateWithTheTextInTheMessage() {
        assertThatThrownBy(() -> PartialDate.parse("22/05/2023")).hasMessageContaining("'22/05/2023' is not a date");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2023-13")).hasMessageContaining("not a calendar date");
    }

    @Test
    void normalisesTheStoredDayToTheStartOfTheKnownPeriod() {
        assertThat(new PartialDate(LocalDate.of(2023, 5, 22), DatePrecision.MONTH).date()).isEqualTo(LocalDate.of(2023, 5, 1));
    }
}
