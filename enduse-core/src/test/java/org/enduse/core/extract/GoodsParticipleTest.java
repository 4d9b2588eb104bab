package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Goods named by a past giving ("rifles supplied to Ukraine", "переданных Украине танков", "die
 * gelieferten Panzer"), through the whole extractor with the test dictionary; sentences written for
 * these tests.
 */
class GoodsParticipleTest {
    @Test
    void goodsNamedByAPastGivingWithNoGiverTellNoTransfer() {
        assertThat(events("Officials said rifles supplied to Ukraine were sold on the black market.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Des fusils fournis à l'Ukraine ont été revendus au marché noir.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Die an die Ukraine gelieferten Gewehre wurden auf dem Schwarzmarkt verkauft.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Полиция нашла часть переданных Украине винтовок на рынке.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void theGiverTheReportNamedBeforeGaveThem() {
        assertThat(events("Poland delivered 40 tanks to Ukraine. Some of the tanks delivered to Ukraine need repairs.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("PL", "UA", "delivered"), tuple("PL", "UA", "delivered"));
    }

    @Test
    void onlyAGiverInsideThePhraseGaveThem() {
        // The ministry that reports the loss gave nothing; the agent inside the German phrase did.
        assertThat(events("Минобороны заявило об уничтожении восьми переданных Украине танков.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Russland erbeutet einen von Deutschland an die Ukraine übergebenen Marder.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
    }

    @Test
    void aGermanOrDutchPastTenseIsNoParticiple() {
        assertThat(events("Duitsland leverde drie Marder aan Oekraïne.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"));
        assertThat(events("Deutschland lieferte der Ukraine drei Marder.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"));
    }
}
