package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A state asked for an explanation is the inquiry's target, written between the asker and what is asked for ("asked
 * Ukraine for an explanation about the weapons in Belgorod"), or after it ("demanded an explanation from Germany").
 * Sentences written for this test.
 */
class ExplanationAskedOfStateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Belgium has asked Ukraine for an explanation about the use of its weapons in Belgorod.|BE|UA",
        "Belgium asked Ukraine for explanations.|BE|UA",
        "Poland demanded an explanation from Germany.|PL|DE",
        "België heeft Oekraïne om uitleg gevraagd over het gebruik van de wapens in Rusland.|BE|UA"})
    void theStateAskedIsTheTarget(String sentence, String by, String target) {
        assertThat(events(sentence, EventType.INQUIRY)).singleElement()
                .satisfies(e -> assertThat(List.of(e.by(), e.target(), e.kind())).containsExactly(by, target, "explanation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Germany did not ask Ukraine for an explanation.",
        "The ministry gave no explanation for the delay."})
    void noExplanationAskedIsNoInquiry(String sentence) {
        assertThat(events(sentence, EventType.INQUIRY)).isEmpty();
    }
}
