package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Dutch or German clause names its object before the participle that closes it: a letter sent there ("een brief
 * gestuurd", "einen Brief ... geschickt") is the state's note, no transfer and no protest against a supply; goods
 * nearer the verb are still given. Sentences written for this test.
 */
class LetterSentIsNoGivingTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "België heeft een brief gestuurd naar Oekraïne.",
        "Belgien hat einen Brief an die Ukraine geschickt.",
        "Nederland heeft een protestnota gestuurd naar Rusland."})
    void aLetterIsOnlyANote(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).isEmpty();
        assertThat(events(sentence, EventType.STATEMENT)).isEmpty();
        assertThat(events(sentence, EventType.INQUIRY)).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo("letter"));
    }

    @org.junit.jupiter.api.Test
    void aSupplyInAnotherClauseIsNoProtest() {
        assertThat(events("Nederland stuurde een brief naar Rusland, en leverde pantservoertuigen aan Oekraïne.", EventType.STATEMENT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Deutschland hat der Ukraine trotz der Warnung Panzer geliefert.",
        "Nederland heeft ondanks de waarschuwing van Rusland pantservoertuigen aan Oekraïne geleverd."})
    void goodsNearerTheVerbAreGiven(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).singleElement().satisfies(e -> assertThat(e.donor()).isNotNull());
    }
}
