package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A loss noun before the equipment lost tells a destruction (SightingReader.lossOfGoods); sentences written for these tests. */
class LossOfGoodsTest {
    @Test
    void theLossOfNamedEquipmentIsADestruction() {
        assertThat(events("The Ukrainian army confirmed the loss of two Leopard 2 tanks near Robotyne.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
        assertThat(events("Les images confirment la perte d'un char Leopard 2 ukrainien près de Bakhmout.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
        assertThat(events("Das Video zeigt den Verlust eines ukrainischen Leopard-2-Panzers bei Awdijiwka.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
        assertThat(events("Het leger bevestigde het verlies van een F-16 boven Oekraïne.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
        assertThat(events("ЗСУ підтвердили втрату танка Leopard на Запоріжжі.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
        assertThat(events("Минобороны сообщило о потере танка Leopard под Авдеевкой.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
    }

    @Test
    void aLossOfSomethingElseOrAFearedOrAskedLossIsNoSighting() {
        // The loss of a town, of life, of ground: the equipment elsewhere in the sentence was not lost.
        assertThat(events("The loss of Avdiivka came weeks after the first Abrams tanks arrived.", EventType.SIGHTING)).isEmpty();
        assertThat(events("The loss of life was high, even with Patriot systems in place.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Втрата території сталася попри танки Leopard.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Het verlies van Bachmoet kwam ondanks de Leopard-tanks.", EventType.SIGHTING)).isEmpty();
        // A feared, possible or asked loss did not happen.
        assertThat(events("Ukraine fears the loss of its F-16 jets.", EventType.SIGHTING)).isEmpty();
        assertThat(events("La France craint la perte de ses Rafale.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Die Ukraine könnte den Verlust weiterer Leopard-Panzer erleiden.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Did Ukraine suffer the loss of any Leopard tank?", EventType.SIGHTING)).isEmpty();
        assertThat(events("Without air defence, the loss of more Leopard tanks is likely.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Si l'Ukraine subit la perte de ses Leopard, Berlin enverra des remplaçants.", EventType.SIGHTING)).isEmpty();
        assertThat(events("Россия опасается потери своих танков Leopard.", EventType.SIGHTING)).isEmpty();
    }

    @Test
    void aLossNounLostOnlyTheGoodsAfterItAndNotTheSubjects() {
        // The sentence's subject sent other goods; it neither lost the goods nor held them.
        assertThat(events("Germany sent Leopard 2 tanks to make up for the loss of Leopard 1 tanks.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::holderCountry).containsExactly(tuple(List.of("Leopard 1"), null));
    }
}
