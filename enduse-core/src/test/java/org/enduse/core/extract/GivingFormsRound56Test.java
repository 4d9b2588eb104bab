package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * German giving forms the lexicon lacked and the Russian instrumental of a state's feminine name as a participle's
 * agent (round 56), one short sentence each written for these tests, through the whole extractor with the test dictionary.
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

    @Test
    void aStatesFeminineNameInTheRussianInstrumentalGaveTheGoodsItDescribes() {
        // "Германией" is the participle's agent, not the receiver the sentence's subject would give to.
        assertThat(events("США передали Украине 31 танк Abrams. Украина потеряла 20 поставленных Германией танков Leopard.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("US", "UA", "delivered"), tuple("DE", "UA", "delivered"));
    }
}
