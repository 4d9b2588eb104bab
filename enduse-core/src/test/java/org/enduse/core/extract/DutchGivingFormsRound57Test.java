package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Dutch giving forms of round 57: goods "in ontvangst genomen" were received, and a verb of being part of something gives
 * nothing. One short sentence each, written for these tests, through the whole extractor.
 */
class DutchGivingFormsRound57Test {
    @Test
    void beingPartOfSomethingGivesNothing() {
        assertThat(events("Het bedrijf maakt deel uit van een groep die granaten voor Oekraïne maakt.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void goodsTakenInReceiptWereDelivered() {
        assertThat(events("Oekraïne heeft twaalf pantserwagens uit Zweden in ontvangst genomen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "delivered"));
    }
}
