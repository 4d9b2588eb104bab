package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates said to be the last such weekday or month ("jeudi dernier", "last Wednesday", "минулого
 * понеділка"), English month abbreviations, and a year said in words after a day without a
 * publication date. Every sentence is made up for this test.
 */
class LastDatesTest {
    /** The dates found, each as "text=value" ("text=" when unresolved). */
    private static List<String> dates(String text, String published) {
        return TestExtractions.dates(text, published);
    }

    @Test
    void theWordForLastBelongsToTheWeekdayAndTheDayLiesBeforeThePublication() {
        // 2023-10-12 is a Thursday: "jeudi dernier" is the week before, plain "jeudi" the same day.
        assertThat(dates("Jeudi dernier, les obus sont arrivés ; jeudi, le ministre l'a confirmé.", "2023-10-12"))
                .containsExactly("Jeudi dernier=2023-10-05", "jeudi=2023-10-12");
        assertThat(dates("The convoy left last Wednesday.", "2023-05-10")).containsExactly("last Wednesday=2023-05-03");
        assertThat(dates("Der Zug kam am vergangenen Freitag an.", "2023-05-10")).containsExactly("vergangenen Freitag=2023-05-05");
        assertThat(dates("De munitie kwam afgelopen maandag aan.", "2023-05-10")).containsExactly("afgelopen maandag=2023-05-08");
        assertThat(dates("Минулого понеділка склад отримав снаряди.", "2022-08-08")).containsExactly("Минулого понеділка=2022-08-01");
        assertThat(dates("Колонна вышла в прошлую пятницу.", "2023-05-10")).containsExactly("прошлую пятницу=2023-05-05");
    }

    @Test
    void aLastMonthIsTheLatestBeforeTheMonthOfPublication() {
        // Said in October, "mars dernier" is this year's March, where a bare month would be the nearest one.
        assertThat(dates("En mars dernier, les chars ont été livrés.", "2023-10-12")).containsExactly("mars dernier=2023-03");
        assertThat(dates("Le contrat date de novembre dernier.", "2024-02-01")).containsExactly("novembre dernier=2023-11");
        assertThat(dates("Le contrat date de novembre dernier.", null)).containsExactly("novembre dernier=");
    }

    @Test
    void anAbbreviatedMonthIsADateOnlyWithItsDayOrYear() {
        assertThat(dates("The audit of Oct. 6, 2022 and the order of Feb 26 2024 were published.", "2024-03-01"))
                .containsExactly("Oct. 6, 2022=2022-10-06", "Feb 26 2024=2024-02-26");
        assertThat(dates("Jan Verbeke said it.", "2024-03-01")).isEmpty();
    }

    @Test
    void aYearInWordsAfterADayIsOneDateWithOrWithoutAPublicationDate() {
        assertThat(dates("Since February 24 last year the depot has been empty.", null)).containsExactly("February 24 last year=");
        assertThat(dates("Since February 24 last year the depot has been empty.", "2023-05-10")).containsExactly("February 24 last year=2022-02-24");
    }
}
