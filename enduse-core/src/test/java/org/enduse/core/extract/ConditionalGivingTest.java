package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A giving in a clause a condition opens is supposed, not stated: no transfer. A concessive "even if" grants it. Sentences
 * written for this test.
 */
class ConditionalGivingTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "If Germany sends Taurus missiles to Ukraine, Russia will respond.",
        "Si la France livre des chars Leclerc à l'Ukraine, Moscou ripostera.",
        "Wenn Deutschland Taurus an die Ukraine liefert, droht Moskau mit Vergeltung.",
        "Indien Nederland F-16 aan Oekraïne levert, zal Rusland reageren.",
        "Якщо США передадуть Україні ракети ATACMS, Росія відповість.",
        "Если Германия передаст Украине ракеты Taurus, Москва ответит."})
    void aGivingUnderAConditionIsNoTransfer(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Même si la France a livré des chars à l'Ukraine, la situation reste difficile.",
        "Auch wenn Deutschland der Ukraine Panzer geliefert hat, bleibt die Lage schwierig.",
        "Germany sent tanks to Ukraine even if Russia objected."})
    void aGivingGrantedOrBeforeTheConditionStays(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "delivered"));
    }
}
