package org.enduse.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void countryCodesAreCheckedAgainstIso() {
        assertThat(CountryCode.of(" be ").value()).isEqualTo("BE");
        assertThat(CountryCode.of("XK").value()).isEqualTo("XK");
        assertThat(CountryCode.of("UA").displayName()).isEqualTo("Ukraine");
        assertThatThrownBy(() -> CountryCode.of("QQ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown country code 'QQ'");
    }

    @Test
    void moneyKeepsExactAmountsAndKnownCurrencies() {
        Money m = Money.of("90000000.00", "eur");
        assertThat(m.amount()).isEqualTo(new BigDecimal("90000000"));
        assertThat(m.toString()).isEqualTo("EUR 90000000");
        assertThatThrownBy(() -> Money.of("1", "EURO")).hasMessageContaining("unknown currency code 'EURO'");
        assertThatThrownBy(() -> Money.of("-5", "EUR")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Money.of("ninety", "EUR")).hasMessageContaining("'ninety' is not a number");
    }

    @Test
    void idsCarryTheirPrefixAndSortByCreation() throws InterruptedException {
        String a = Ids.next("tr");
        Thread.sleep(2);
        String b = Ids.next("tr");
        assertThat(a).matches("tr_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(a).isLessThan(b);
    }

    @Test
    void idsMadeInTheSameMillisecondOrAfterTheClockStepsBackStillSortByCreation() {
        String previous = Ids.ulid(1_000_000);
        for (long millis : new long[] {1_000_000, 1_000_000, 999_000, 1_000_000, 1_000_001}) {
            String next = Ids.ulid(millis);
            assertThat(next).hasSize(26).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void inputProblemsSayWhereAndWhat() {
        assertThat(new InputProblem("lines.csv", 3, "quantity", "must not be negative").toString())
                .isEqualTo("lines.csv: row 3, column quantity: must not be negative");
        assertThat(InputProblem.of("lines.csv", "is empty").toString()).isEqualTo("lines.csv: is empty");
        assertThat(InvalidInputException.field("lat", "latitude 95.0 is outside -90..90").getMessage())
                .isEqualTo("lat: latitude 95.0 is outside -90..90");
    }
}
