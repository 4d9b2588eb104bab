package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 57 (docs/devset.md, "Round 57, fr/en transfers"): French writes the country adjective after the goods ("Mirage
 * 2000 français"); like the adjective before them in other languages, it tells who gave those goods.
 */
class FrenchCountryAdjectiveOnGoodsTest {
    private static List<Event> transfers(String text) {
        return TestNames.bundledEvents(text, EventType.TRANSFER);
    }

    @Test
    void eachGoodGoesToTheCountryWrittenAfterIt() {
        assertThat(transfers("Les premiers Mirage 2000 français et des F-16 néerlandais ont été livrés à l'Ukraine."))
                .extracting(Event::donor, Event::equipment)
                .containsExactlyInAnyOrder(tuple("FR", List.of("Mirage 2000")), tuple("NL", List.of("F-16 Fighting Falcon")));
    }

    @Test
    void aStateAfterTheGoodsInAnotherRoleIsNoOrigin() {
        assertThat(transfers("La Belgique a livré des F-16 à la France.")).extracting(Event::donor).containsExactly("BE");
        assertThat(transfers("Kiev a reçu des chars Leopard 2 allemands, a déclaré le ministre.")).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("DE", "UA"));
    }
}
