package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** A quoted giving with "we" as its subject restates the giver told before, whatever the goods (sentences written for these tests). */
class FirstPersonGivingTest {
    @Test
    void weGiveOtherGoodsOfTheGiverToldBefore() {
        assertThat(events("Les Pays-Bas vont livrer des chars Leopard à l'Ukraine. « Nous livrerons aussi 12 canons Caesar », a précisé la ministre.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::equipment)
                .containsExactly(tuple("NL", "UA", java.util.List.of("Leopard")), tuple("NL", "UA", java.util.List.of("CAESAR howitzer")));
        assertThat(events("Норвегия передала Украине танки Leopard. «Мы уже передали также 30 бронетранспортеров M113», – сказал министр.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::equipment)
                .containsExactly(tuple("NO", "UA", java.util.List.of("Leopard")), tuple("NO", "UA", java.util.List.of("M113")));
    }

    @Test
    void theFirstPersonPluralOfAGivingVerbReads() {
        assertThat(events("Литва передала Україні бронетранспортери M113. «Ми постачаємо ще 20 бронетранспортерів M113», – сказав міністр.",
                EventType.TRANSFER)).extracting(Event::donor, Event::status).containsExactly(tuple("LT", "delivered"), tuple("LT", "delivered"));
    }

    @Test
    void withoutWeOtherGoodsAreNoRestatement() {
        assertThat(events("Les Pays-Bas vont livrer des chars Leopard à l'Ukraine. Les canons Caesar seront livrés au printemps.", EventType.TRANSFER))
                .extracting(Event::donor).containsExactly("NL");
    }
}
