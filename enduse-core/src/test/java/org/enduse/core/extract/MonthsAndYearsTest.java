package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Months and years read as the real-report labels read them: a month without a year lies in the
 * past unless it is one of the next two, a range of months takes its year from its end, a later
 * month takes the year the report last wrote, and Ukrainian and Russian write the part of a year
 * into the date. Every sentence is written for this test.
 */
class MonthsAndYearsTest {
    /** The dates found, each as "text=value" ("text=" when unresolved). */
    private static List<String> dates(String text, String published) {
        return TestExtractions.dates(text, published);
    }

    @Test
    void aMonthWithoutAYearLiesInThePastUnlessItIsOneOfTheNextTwo() {
        assertThat(dates("De landen maakten in februari bekend dat ze tanks kopen.", "2023-09-08")).containsExactly("februari=2023-02");
        assertThat(dates("Що передувало: у липні склад отримав снаряди.", "2023-02-23")).containsExactly("липні=2022-07");
        assertThat(dates("The vehicles will arrive in November.", "2023-10-02")).containsExactly("November=2023-11");
    }

    @Test
    void aRangeOfMonthsTakesItsYearFromItsEnd() {
        assertThat(dates("Het rapport beslaat de periode februari tot september 2022.", "2023-07-03"))
                .containsExactly("februari=2022-02", "september 2022=2022-09");
        assertThat(dates("Проверка охватила период с февраля по сентябрь прошлого года.", "2023-07-21"))
                .containsExactly("февраля=2022-02", "сентябрь прошлого года=2022-09");
        assertThat(dates("The audit ran from November to March 2023.", "2023-07-21")).containsExactly("November=2022-11", "March 2023=2023-03");
    }

    @Test
    void aLaterMonthTakesTheYearTheReportLastWrote() {
        assertThat(dates("У липні 2024 року комісія схвалила план, а вже в серпні почалися роботи.", "2025-08-29"))
                .containsExactly("липні 2024 року=2024-07", "серпні=2024-08");
        assertThat(dates("Im Januar 2023 prüften Beamte das Lager.\n\nIm Juni folgte eine zweite Prüfung.", null))
                .containsExactly("Januar 2023=2023-01", "Juni=2023-06");
        // A dateline's year would put the month after publication: the month gone by instead.
        assertThat(dates("Четвер, 23 лютого 2023\n\nЩо передувало: у липні склад отримав снаряди.", "2023-02-23"))
                .containsExactly("Четвер=2023-02-23", "23 лютого 2023=2023-02-23", "липні=2022-07");
    }

    @Test
    void ukrainianAndRussianWriteThePartOfAYearIntoTheDate() {
        assertThat(dates("З початку 2024-го року склад отримав снаряди, а восени 2022 року — гроші.", "2024-06-12"))
                .containsExactly("початку 2024-го року=2024", "восени 2022 року=2022");
        assertThat(dates("Такі склади будували в середині 1990-х.", "2024-06-12")).containsExactly("середині 1990-х=");
        assertThat(dates("Генератор прибыл в ноябре 2022-го.", "2023-03-02")).containsExactly("ноябре 2022-го=2022-11");
    }

    @Test
    void aPrepositionBeforeARelativeDateAndNumericDatesWithDashes() {
        assertThat(dates("In diesem Monat und im vergangenen Jahr kamen Panzer.", "2023-11-20"))
                .containsExactly("diesem Monat=2023-11", "vergangenen Jahr=2022");
        assertThat(dates("21-12-2022, 19:12", null)).containsExactly("21-12-2022=2022-12-21");
    }

    @Test
    void aWholeEnglishDateInAReportOfAnotherLanguage() {
        assertThat(dates("C'est aussi la nôtre. — Jeanne Martin (@jmartin) April 13, 2022", "2022-04-14")).containsExactly("April 13, 2022=2022-04-13");
        assertThat(dates("Gepubliceerd 5 June 2023 09:26", null)).containsExactly("5 June 2023=2023-06-05");
        // Half a date is left alone: "April" alone may be the report's own word.
        assertThat(dates("Le Salon April accueille les visiteurs.", "2022-04-14")).isEmpty();
    }

    @Test
    void fourDigitsBeforeAMeasureOrInsideAnAddressAreNoYear() {
        assertThat(dates("Die Kanone schießt bis zu 2000 Metern weit.", "2023-05-10")).isEmpty();
        assertThat(dates("https://img.example.org/07e7/1057837324_0:134:2000:1259_1920x0.jpg", "2023-05-10")).isEmpty();
        assertThat(dates("Склад відкрили у 2022 році.", "2023-05-10")).containsExactly("2022 році=2022");
    }

    @Test
    void polishMonthsOnlyInTheirListedForms() {
        assertThat(dates("Rząd przeznaczył środki w maju, a firmy mają czekać.", "2024-06-10")).containsExactly("maju=2024-05");
    }
}
