package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A delivery noun that its clause plans or puts off is pledged; one done "as planned", or with no such word, stays
 * delivered. Sentences written for these tests.
 */
class DeferredDeliveryTest {
    @Test
    void aPostponedOrPlannedDeliveryIsPledged() {
        assertThat(events("Norway said that the delivery of four howitzers to Ukraine has been postponed.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Die Lieferung von vier Haubitzen an die Ukraine wurde verschoben.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Норвегія повідомила, що постачання чотирьох гаубиць Україні поки лише планується.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
    }

    @Test
    void aDeliveryDoneAsPlannedStaysDelivered() {
        assertThat(events("Norway said that the delivery of four howitzers to Ukraine was completed.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
        assertThat(events("Die Lieferung von vier Haubitzen an die Ukraine wurde wie geplant abgeschlossen.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
    }
}
