package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A state asked for an explanation is the inquiry's target, written between the asker and what is asked for ("heeft
 * Oekraïne om uitleg gevraagd over ... in Rusland"), or after it ("demanded an explanation from Germany"); the place the
 * explanation is about is not. Sentences written for this test.
 */
class ExplanationAskedOfStateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "België heeft Oekraïne om uitleg gevraagd over het gebruik van de wapens in Rusland.|BE|UA",
        "Belgien hat die Ukraine um Aufklärung über die Waffen in Russland gebeten.|BE|UA",
        "Poland demanded an explanation from Germany.|PL|DE"})
    void theStateAskedIsTheTarget(String sentence, String by, String target) {
        assertThat(events(sentence, EventType.INQUIRY)).singleElement()
                .satisfies(e -> assertThat(List.of(e.by(), e.target(), e.kind())).containsExactly(by, target, "explanation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Germany did not ask Ukraine for an explanation.",
        "Belgium thanked Ukraine for an explanation.",
        "The ministry gave no explanation for the delay."})
    void noExplanationAskedIsNoInquiry(String sentence) {
        assertThat(events(sentence, EventType.INQUIRY)).isEmpty();
    }
}
