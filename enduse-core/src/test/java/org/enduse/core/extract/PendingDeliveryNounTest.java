package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A Ukrainian or Russian delivery noun right after a word that plans, awaits, consents to or aims at it is pledged;
 * the word after the noun, behind a negation or in a question leaves the noun's status. Sentences written for these tests.
 */
class PendingDeliveryNounTest {
    @Test
    void aPlannedAwaitedOrConsentedDeliveryIsPledged() {
        assertThat(events("Планується постачання Україні двадцяти бронемашин.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Ожидается поставка Украине двадцати бронемашин.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Несколько стран подтвердили согласие на поставку Украине 321 танка.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
    }

    @Test
    void goodsSetAsideForADeliveryArePledged() {
        assertThat(events("Шість гаубиць CAESAR було вилучено з армійських запасів для передачі Україні.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
    }

    @Test
    void aDeliveryForAUnitOrAQuestionKeepsItsStatus() {
        // "для" after the noun tells whom it is for, not a purpose still to come.
        assertThat(events("Постачання для ЗСУ шести гаубиць CAESAR завершено.", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("pledged");
        assertThat(events("Чи планується постачання Україні двадцяти бронемашин?", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("pledged");
        assertThat(events("Не планується постачання Україні двадцяти бронемашин.", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("pledged");
    }

    @Test
    void anAwaitedDeliveryThatTookPlaceIsDelivered() {
        // Review 62a: the verb after the noun says it happened.
        assertThat(events("Ожидаемая поставка 20 танков Украине состоялась в марте.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
        assertThat(events("Очікуване постачання 20 танків Україні відбулося в березні.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
    }
}
