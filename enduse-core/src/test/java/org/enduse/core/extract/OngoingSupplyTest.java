package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * A present giving verb with a continuation word in its clause tells ongoing supply, delivered (labelling rules, round
 * 40); the bare present still announces, pledged. Sentences written for these tests.
 */
class OngoingSupplyTest {
    @Test
    void aContinuationWordMakesThePresentDelivered() {
        assertThat(events("Seit Beginn des Krieges liefert Deutschland der Ukraine Munition.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
        assertThat(events("Nederland levert Oekraïne steeds meer munitie.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "delivered"));
    }

    /** Round 58: the Ukrainian and Russian "we go on" and past forms of going on. */
    @Test
    void goingOnGivingInUkrainianAndRussianIsDelivered() {
        assertThat(events("Польща продовжувала постачати Україні снаряди.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("PL", "UA", "delivered"));
        assertThat(events("Канада продолжала поставлять Украине снаряды.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("CA", "UA", "delivered"));
    }

    /** French going on with its "de" right before the giving verb, elided or not (session 37). */
    @Test
    void frenchGoingOnRightBeforeTheGivingIsDelivered() {
        assertThat(events("Le Canada continue d'envoyer des obus à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("CA", "UA", "delivered"));
        assertThat(events("La Pologne continuait de fournir des chars à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("PL", "UA", "delivered"));
        // An object pronoun may stand between (review 58e).
        assertThat(events("La France continue de lui livrer des obus chaque mois.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("FR", "delivered"));
    }

    /** Going on with another verb ("étudier", "refuser") before the giving one tells no supply going on (review 58b). */
    @Test
    void frenchGoingOnWithAnotherVerbIsNoDelivery() {
        assertThat(events("La France continue d'étudier l'envoi de chars à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("delivered");
        assertThat(events("La Hongrie continue de refuser de livrer des armes à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("delivered");
    }

    /** Going on with something else, or going on later, tells no supply going on. */
    @Test
    void goingOnWithAnotherVerbOrLaterStaysPledged() {
        assertThat(events("Le Canada continuera d'envoyer des obus à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Польща продовжувала просити США передати Україні танки.", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("delivered");
        assertThat(events("Канада продолжала отказываться передать Украине танки.", EventType.TRANSFER))
                .extracting(Event::status).doesNotContain("delivered");
    }

    @Test
    void theBarePresentStaysPledged() {
        assertThat(events("Deutschland liefert der Ukraine zehn Haubitzen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "pledged"));
    }
}
