package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Who gives a transfer told by a delivery noun (the subject of the clause acting on it), and partners beside the giver:
 * one short text per construction, written for these tests, through the whole extractor with the test dictionary.
 */
class DeliveryNounGiverTest {
    @Test
    void aStateActingOnADeliveryNounGivesAndCommits() {
        assertThat(events("The Netherlands is preparing the delivery of F-16 jets to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"));
        assertThat(events("Dänemark und die Niederlande haben einen Vertrag über die Lieferung von Leopard 2 an die Ukraine geschlossen.",
                EventType.TRANSFER)).extracting(Event::donor, Event::status).containsExactly(tuple("DK", "pledged"), tuple("NL", "pledged"));
        // A completed delivery happened.
        assertThat(events("Germany completed the delivery of Leopard tanks to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
    }

    @Test
    void aStateActingOnDeliveriesInAnotherEventGivesNothing() {
        assertThat(events("Russia condemned the delivery of Leopard tanks to Ukraine.", EventType.TRANSFER)).extracting(Event::donor).containsOnlyNulls();
        assertThat(events("Moscow summoned the Dutch ambassador over weapons deliveries to Kyiv.", EventType.TRANSFER)).isEmpty();
        // The state of a person addressed is no giver.
        assertThat(events("Эксперты предложили президенту США начать поставки оружия Украине.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void partnersBesideTheGiverGiveNothing() {
        assertThat(events("La Belgique est entrée dans la coalition aux côtés des Pays-Bas et du Danemark afin de fournir des F-16 à l'Ukraine.",
                EventType.TRANSFER)).extracting(Event::donor).containsExactly("BE");
        assertThat(events("Polen wird mit finnischer Unterstützung Munition an die Ukraine liefern.", EventType.TRANSFER))
                .extracting(Event::donor).containsExactly("PL");
    }
}
