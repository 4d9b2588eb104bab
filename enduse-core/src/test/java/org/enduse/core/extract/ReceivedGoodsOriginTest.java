package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A country word on goods received names their giver and never the receiver (docs/devset.md, "Labelling rules": a country
 * word on goods given, sent or arriving). Dutch and German put the goods, and so their country word, between the receiver
 * and the verb, where the receiver was looked for. One short sentence each, written for these tests.
 */
class ReceivedGoodsOriginTest {
    @Test
    void theCountryOnGoodsReceivedGivesThemInEveryWordOrder() {
        for (String sentence : new String[] {
                "Oekraïne heeft twaalf Zweedse pantserwagens ontvangen.",
                "Die Ukraine hat zwölf schwedische Schützenpanzer erhalten.",
                "Ukraine has received twelve Swedish armoured vehicles.",
                "Україна отримала німецькі танки."}) {
            assertThat(events(sentence, EventType.TRANSFER)).as(sentence).extracting(Event::recipient, Event::status)
                    .containsExactly(tuple("UA", "delivered"));
            assertThat(events(sentence, EventType.TRANSFER).get(0).donor()).as(sentence).isIn("SE", "DE");
        }
    }

    @Test
    void goodsOfTheEnemyReceivedWereNotGivenByIt() {
        assertThat(events("Ukraine received captured Russian tanks.", EventType.TRANSFER)).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple(null, "UA"));
    }

    @Test
    void aCountryWordOnPersonsIsNoGoods() {
        assertThat(events("Oekraïne heeft twaalf Zweedse instructeurs ontvangen.", EventType.TRANSFER)).extracting(Event::donor)
                .doesNotContain("SE");
    }
}
