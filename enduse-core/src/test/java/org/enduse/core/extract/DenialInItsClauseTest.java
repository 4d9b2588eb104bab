package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.bundledEvents;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A denial or refusal speaks for its own clause: a giving told in a clause apart stands, and a refusal its giver went back on is
 * no denial (docs/devset.md, after the review of round 55). Sentences written for these tests.
 */
class DenialInItsClauseTest {
    @Test
    void aBlockLeavesTheGivingOfTheNextMainClause() {
        String s = "Slowakije heeft de steun voor Oekraïne geblokkeerd, maar België leverde 12 pantserwagens aan Oekraïne.";
        assertThat(events(s, EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("BE", "UA", "delivered"));
        // The denial's target is from its own clause, not the giver of the other one.
        assertThat(events(s, EventType.STATEMENT)).extracting(Event::by, Event::target, Event::stance)
                .containsExactly(tuple("SK", "UA", "denial"));
    }

    @Test
    void aPassiveBlockByNoStateIsNoDenial() {
        String s = "De grensovergang werd door boeren geblokkeerd, maar Polen leverde 20 tanks aan Oekraïne.";
        assertThat(events(s, EventType.STATEMENT)).isEmpty();
        assertThat(events(s, EventType.TRANSFER)).extracting(Event::donor, Event::status).containsExactly(tuple("PL", "delivered"));
    }

    @Test
    void aDeniedGivingInTheDenialsClauseStaysDenied() {
        assertThat(events("Kyiv denied that Belgian rifles were handed over to Ukraine.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Hongarije heeft de levering geblokkeerd.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("HU", "denial"));
    }

    @Test
    void aRefusalOverturnedByADeliveryIsNoDenial() {
        for (String s : new String[] {
                "Норвегия долго отказывалась передавать танки, но затем передала Украине 8 Leopard.",
                "Польща довго відмовлялася передавати танки, але згодом передала Україні 14 Leopard.",
                "Canada, which had long refused to send tanks, delivered 8 Leopards to Ukraine."}) {
            assertThat(events(s, EventType.STATEMENT)).as(s).isEmpty();
            assertThat(events(s, EventType.TRANSFER)).as(s).extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "delivered"));
        }
    }

    @Test
    void aRefusalOfOtherGoodsStandsBesideTheDelivery() {
        // The bundled catalog names Taurus; the test dictionary does not.
        assertThat(bundledEvents("Germany refused to send Taurus missiles, but delivered 14 Leopards to Ukraine.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("DE", "denial"));
    }
}
