package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plural period counted by no number ("coming weeks", "ces derniers jours") is no date, while the
 * singular beside it stays one; a span of years written with a dash ("2021-2027", "2024-2025 годах")
 * is one date valued at its first year (docs/devset.md, labelling rules). Every sentence is made up
 * for this test.
 */
class PluralPeriodsAndYearSpansTest {
    @Test
    void aPluralPeriodIsNoDateButTheSingularStaysOne() {
        assertThat(TestExtractions.dates("In the coming weeks and in recent days little changed.", "2024-03-14")).isEmpty();
        assertThat(TestExtractions.dates("The coming week will tell.", "2024-03-14")).containsExactly("coming week=");
        assertThat(TestExtractions.dates("In den vergangenen Monaten kam wenig, im vergangenen Monat mehr.", "2024-03-14"))
                .containsExactly("vergangenen Monat=2024-02");
        assertThat(TestExtractions.dates("De afgelopen weken bleef het rustig; afgelopen week niet.", "2024-03-14")).containsExactly("afgelopen week=");
        assertThat(TestExtractions.dates("Ces derniers jours, rien n'a changé.", "2024-03-14")).isEmpty();
        assertThat(TestExtractions.dates("В ближайшие недели поставки продолжатся, как и на этой неделе.", "2024-03-14")).containsExactly("на этой неделе=");
        assertThat(TestExtractions.dates("В ближайший месяц поставки продолжатся.", "2024-03-14")).containsExactly("ближайший месяц=");
        assertThat(TestExtractions.dates("Найближчими тижнями постачання триватимуть.", "2024-03-14")).isEmpty();
    }

    @Test
    void yearsJoinedByADashAreOneDateOfTheFirstYear() {
        assertThat(TestExtractions.dates("The fund for 2021-2027 was topped up.", "2024-03-14")).containsExactly("2021-2027=2021");
        assertThat(TestExtractions.dates("Le budget 2015-16 a été revu.", "2024-03-14")).containsExactly("2015-16=2015");
        assertThat(TestExtractions.dates("Контракты на 2022–2024 годах исполнены.", "2024-03-14")).containsExactly("2022–2024 годах=2022");
        assertThat(TestExtractions.dates("Die Zahl stieg von 2024 - 2025 nicht.", "2024-03-14")).as("a dash between spaces is no span")
                .containsExactly("2024=2024", "2025=2025");
        assertThat(TestExtractions.dates("Het plan 2026-2024 bestaat niet.", "2024-03-14")).as("a second year before the first is no span")
                .containsExactly("2026=2026", "2024=2024");
        assertThat(TestExtractions.dates("Between 2000-2050 soldiers crossed the border.", "2024-03-14")).as("a span before what it counts is a count")
                .isEmpty();
    }
}
