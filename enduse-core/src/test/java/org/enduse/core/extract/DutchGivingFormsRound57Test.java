package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Dutch giving forms of round 57: a separable giving verb whose particle is followed by a phrase written after the verb
 * still closes the giving's clause, and goods "in ontvangst genomen" were received. One short sentence each, written for
 * these tests, through the whole extractor.
 */
class DutchGivingFormsRound57Test {
    @Test
    void aPledgeWithAMeetingAfterItsParticle() {
        assertThat(events("Nederland zegde twaalf pantserhouwitsers voor Oekraïne toe tijdens een overleg in Brussel.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"));
    }

    @Test
    void anAnnouncedPackageWithItsValueAfterTheParticle() {
        assertThat(events("Denemarken kondigde een nieuw steunpakket voor Oekraïne aan ter waarde van 300 miljoen euro.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DK", "UA", "pledged"));
    }

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
