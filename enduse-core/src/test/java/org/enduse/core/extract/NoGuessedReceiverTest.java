package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A state named before the giving, with no preposition or case making it the receiver, does not receive: here it is who
 * speaks. Sentences written for this test.
 */
class NoGuessedReceiverTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Russia said that Belgium will deliver more rifles.",
        "The United States said Canada will send more ammunition."})
    void theSpeakingStateDoesNotReceive(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).singleElement().extracting(Event::recipient).isNull();
    }
}
