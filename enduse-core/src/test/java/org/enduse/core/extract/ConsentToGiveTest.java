package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A state agreeing to give its own goods pledges them; a consent to a delivery noun or to another's giving stays
 * approved. Sentences written for these tests.
 */
class ConsentToGiveTest {
    @Test
    void aStateAgreeingToGiveItsOwnGoodsPledgesThem() {
        assertThat(events("Франция согласилась передать Украине четыре гаубицы.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("La Belgique a accepté d'envoyer huit obusiers à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Canada agreed to start sending howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
    }

    @Test
    void aConsentToADeliveryNounStaysApproved() {
        assertThat(events("Canada agreed to the delivery of four howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).containsOnly("approved");
    }
}
