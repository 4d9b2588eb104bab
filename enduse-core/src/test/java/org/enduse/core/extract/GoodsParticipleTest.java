package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goods named by a past giving ("rifles supplied to Ukraine", "переданных Украине танков", "die
 * gelieferten Panzer"), through the whole extractor with the test dictionary; sentences written for
 * these tests.
 */
class GoodsParticipleTest {
    private static List<Event> transfers(String text) {
        return TestNames.EXTRACTOR.extract(TestNames.document("test", text), null).events().stream()
                .filter(e -> e.type() == EventType.TRANSFER).toList();
    }

    @Test
    void goodsNamedByAPastGivingWithNoGiverTellNoTransfer() {
        assertThat(transfers("Officials said rifles supplied to Ukraine were sold on the black market.")).isEmpty();
        assertThat(transfers("Des fusils fournis à l'Ukraine ont été revendus au marché noir.")).isEmpty();
        assertThat(transfers("Die an die Ukraine gelieferten Gewehre wurden auf dem Schwarzmarkt verkauft.")).isEmpty();
        assertThat(transfers("Полиция нашла часть переданных Украине винтовок на рынке.")).isEmpty();
    }

    @Test
    void theGiverTheReportNamedBeforeGaveThem() {
        assertThat(transfers("Poland delivered 40 tanks to Ukraine. Some of the tanks delivered to Ukraine need repairs."))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("PL", "UA", "delivered"), tuple("PL", "UA", "delivered"));
    }

    @Test
    void onlyAGiverInsideThePhraseGaveThem() {
        // The ministry that reports the loss gave nothing; the agent inside the German phrase did.
        assertThat(transfers("Минобороны заявило об уничтожении восьми переданных Украине танков.")).isEmpty();
        assertThat(transfers("Russland erbeutet einen von Deutschland an die Ukraine übergebenen Marder."))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
    }

    @Test
    void aGermanOrDutchPastTenseIsNoParticiple() {
        assertThat(transfers("Duitsland leverde drie Marder aan Oekraïne."))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"));
        assertThat(transfers("Deutschland lieferte der Ukraine drei Marder."))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"));
    }
}
