package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A giving in the passive infinitive ("to be delivered", "d'être livrés") is still to come: pledged; the perfect passive
 * stays delivered. Sentences written for these tests.
 */
class PassiveInfinitiveTest {
    @Test
    void aPassiveInfinitiveIsPledged() {
        assertThat(events("The ammunition is to be delivered to Ukraine by Canada.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Les obus ont été réparés avant d'être livrés à l'Ukraine par le Canada.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("La Belgique a réparé dix obusiers pour être transférés à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
    }

    @Test
    void aPerfectPassiveStaysDelivered() {
        assertThat(events("The ammunition has been delivered to Ukraine by Canada.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
        assertThat(events("Les obus réparés ont été livrés à l'Ukraine par le Canada.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
    }
}
