package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20's requests (docs/devset.md, "Round 20, requests"): a giving asked of another state is no transfer, neither
 * from the asker nor yet from the asked; a pledge told after it still is.
 */
class RequestedGivingTest {
    private static List<Event> transfers(String text) {
        return TestNames.events(text, EventType.TRANSFER);
    }

    @Test
    void aRequestGivesNothing() {
        assertThat(transfers("Oekraïne heeft Denemarken gevraagd meer munitie te leveren.")).isEmpty();
        assertThat(transfers("Die Ukraine hat Polen gebeten, mehr Munition zu liefern.")).isEmpty();
        assertThat(transfers("Kyiv asked Germany to send more tanks.")).isEmpty();
    }

    @Test
    void aPledgeAfterTheRequestStillGives() {
        assertThat(transfers("Die Ukraine hat Polen gebeten, mehr Munition zu liefern. Polen wird der Ukraine 20 Panzer liefern."))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("PL", "UA", "pledged"));
    }
}
