package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * German giving forms the lexicon lacked (round 56), one short sentence each written for these tests, through the
 * whole extractor with the test dictionary.
 */
class GivingFormsRound56Test {
    @Test
    void theGermanPresentUebergibtPledges() {
        assertThat(events("Schweden übergibt der Ukraine zwölf Panzerhaubitzen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "pledged"));
    }

    @Test
    void goodsGesendetWereDelivered() {
        assertThat(events("Die Haubitzen wurden von der kanadischen Regierung an die Ukraine gesendet.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("CA", "UA", "delivered"));
    }
}
