package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Today" in any language is no date mention (docs/devset.md, labelling rules: the real-report
 * labellers leave it out about 4:1), while "yesterday" and the other relative words stay dates.
 * Every sentence is made up for this test.
 */
class TodayIsNoDateTest {
    @Test
    void todayIsNoDateYesterdayIs() {
        assertThat(TestExtractions.dates("The minister spoke about the training today.", "2024-03-14")).isEmpty();
        assertThat(TestExtractions.dates("Heute sprach der Minister über die Ausbildung.", "2024-03-14")).isEmpty();
        assertThat(TestExtractions.dates("Сьогодні міністр говорив про навчання.", "2024-03-14")).isEmpty();
        assertThat(TestExtractions.dates("Aujourd'hui, le ministre a parlé de la formation.", "2024-03-14")).isEmpty();
        assertThat(TestExtractions.dates("The minister spoke about the training yesterday.", "2024-03-14")).containsExactly("yesterday=2024-03-13");
    }
}
