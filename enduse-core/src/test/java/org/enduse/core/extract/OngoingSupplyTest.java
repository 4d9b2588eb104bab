package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * A present giving verb with a continuation word in its clause tells ongoing supply, delivered (labelling rules, round
 * 40); the bare present still announces, pledged. Sentences written for these tests.
 */
class OngoingSupplyTest {
    @Test
    void aContinuationWordMakesThePresentDelivered() {
        assertThat(events("Seit Beginn des Krieges liefert Deutschland der Ukraine Munition.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
        assertThat(events("Nederland levert Oekraïne steeds meer munitie.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "delivered"));
    }

    @Test
    void theBarePresentStaysPledged() {
        assertThat(events("Deutschland liefert der Ukraine zehn Haubitzen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "pledged"));
    }
}
