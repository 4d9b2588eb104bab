package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A giver's transfer that names no recipient takes the one the report named last, but an invader named last (Russia
 * receiving from Iran or North Korea) goes only to a giver the report named arming it (sentences written for these tests).
 */
class InvaderNotCarriedTest {
    @Test
    void anotherGiverTakesTheRecipientTheReportAidedBefore() {
        assertThat(events("La France a livré vingt canons Caesar à l'Ukraine. La Russie a reçu des obus de l'Iran. "
                + "L'Allemagne a promis dix chars Leopard 2.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("FR", "UA"), tuple("IR", "RU"), tuple("DE", "UA"));
        assertThat(events("Norway sent ten M109 howitzers to Ukraine. Russia received artillery shells from North Korea. "
                + "Sweden pledged two IRIS-T systems.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("NO", "UA"), tuple("KP", "RU"), tuple("SE", "UA"));
    }

    @Test
    void theInvadersOwnGiverKeepsIt() {
        assertThat(events("Iran hat Russland Drohnen geliefert. Iran will weitere Drohnen liefern.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("IR", "RU"), tuple("IR", "RU"));
    }
}
