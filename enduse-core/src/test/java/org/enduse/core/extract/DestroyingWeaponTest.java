package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.bundledEvents;
import static org.enduse.core.extract.TestNames.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weapon a destruction is done with is used, only the rest destroyed; sentences written for these tests, and (read with
 * the bundled catalog, as `extract` reads them) the sentences of round 54's review.
 */
class DestroyingWeaponTest {
    @Test
    void theSystemThatShootsDownIsUsedAndItsTargetDestroyed() {
        assertThat(events("A Patriot shot down a Shahed over Kyiv on Monday.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("MIM-104 Patriot"), "in_use"), tuple(List.of("Shahed-136"), "destroyed"));
        assertThat(events("Ein IRIS-T hat in der Nacht drei Shahed-Drohnen abgeschossen.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("IRIS-T SLM"), "in_use"), tuple(List.of("Shahed-136"), "destroyed"));
    }

    @Test
    void theMeansAfterAPrepositionOrInTheInstrumentalIsUsed() {
        assertThat(events("Het F-16-toestel werd door een Patriot neergeschoten.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("MIM-104 Patriot"), "in_use"), tuple(List.of("F-16 Fighting Falcon"), "destroyed"));
        assertThat(events("Le Gepard a été détruit par un Shahed.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("Shahed-136"), "in_use"), tuple(List.of("Gepard"), "destroyed"));
    }

    @Test
    void goodsDestroyedTogetherOrByTroopsStayDestroyed() {
        // Two names joined by "and" are both destroyed; a passive subject is what was destroyed.
        assertThat(events("A Patriot and a Gepard were destroyed near Kharkiv.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("MIM-104 Patriot", "Gepard"), "destroyed"));
        assertThat(events("Russische Truppen haben einen Gepard zerstört.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status).containsExactly(tuple(List.of("Gepard"), "destroyed"));
        // A loss is told by the side that held the goods.
        assertThat(events("Ukraine lost a Gepard to a Shahed.", EventType.SIGHTING))
                .extracting(Event::status).containsOnly("destroyed");
    }

    @Test
    void aSlavicInfinitiveOfShootingDownIsAnAimNoDeed() {
        assertThat(events("Расчёт ЗРК Patriot пытался сбить ракету над Киевом.", EventType.SIGHTING)).isEmpty();
    }

    @Test
    void goodsWithOrOfTheDestroyedAreNoMeans() {
        // "with", "von", "з", "с" also say "of" or "containing": what the column or warehouse held was destroyed with it.
        for (String text : List.of("Das russische Verteidigungsministerium meldete die Zerstörung von drei Leopard-Panzern bei Robotyne.",
                "A column with two Leopard 2 tanks was destroyed near Robotyne, the Russian defence ministry said.",
                "Russia said it destroyed a warehouse with Storm Shadow missiles near Odesa.",
                "Вечером российские военные уничтожили склад с ракетами Storm Shadow под Одессой, сообщило Минобороны России.",
                "Сили ППО знищили склад з ракетами Storm Shadow, заявили в Міноборони Росії.",
                "Утром F-16 был сбит над Донецкой областью, сообщило Минобороны России.")) {
            assertThat(bundledEvents(text, EventType.SIGHTING)).as(text).extracting(Event::status).containsOnly("destroyed");
        }
    }

    @Test
    void anAgentOfAnotherWordOrAnInstrumentalMeansLeavesTheNameDestroyed() {
        // Sentences written after the unseen batches 53 and 54 showed these constructions flipped to in use.
        for (String text : List.of("Blogger zeigten das Video einer durch eine Drohne beschädigten Caesar-Haubitze bei Bachmut.",
                "Bij Robotyne lijkt een door het Verenigd Koninkrijk geleverde Challenger 2-tank te zijn vernietigd.",
                "Под Авдеевкой Abrams уничтожили FPV-дронами, сообщило Минобороны России.")) {
            assertThat(bundledEvents(text, EventType.SIGHTING)).as(text).extracting(Event::status).containsOnly("destroyed");
        }
    }

    @Test
    void whatWasShotDownOrSankActsNothing() {
        assertThat(bundledEvents("The Su-34 shot down near Avdiivka was hit by a Patriot missile, the Ukrainian air force said.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("MIM-104 Patriot"), "in_use"), tuple(List.of("Su-34"), "destroyed"));
        assertThat(bundledEvents("The Moskva cruiser sank after it was hit by two Neptune missiles.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("R-360 Neptune"), "in_use"), tuple(List.of("Slava-class cruiser"), "destroyed"));
        assertThat(bundledEvents("The F-16 that the Russians shot down carried AIM-9 missiles, according to the Ukrainian air force.", EventType.SIGHTING))
                .extracting(Event::status).containsOnly("destroyed");
    }

    @Test
    void theMeansIsHeldByTheSideActingInItsOwnClause() {
        // A Russian item noun in the instrumental is the means; the side before a passive verb is the one that lost.
        assertThat(bundledEvents("Российские военные сбили украинский Су-27 ракетой С-400 над Крымом.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status, Event::holderCountry)
                .containsExactly(tuple(List.of("S-400"), "in_use", "RU"), tuple(List.of("Su-27"), "destroyed", "UA"));
        assertThat(bundledEvents("Moscow said the HIMARS launcher with which Ukraine hit Belgorod was destroyed by an Iskander.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status, Event::holderCountry)
                .containsExactly(tuple(List.of("9K720 Iskander"), "in_use", null), tuple(List.of("M142 HIMARS"), "destroyed", null));
    }

    @Test
    void theMeansAfterTheDeedIsStillUsed() {
        assertThat(bundledEvents("Ukrainian forces shot down a Russian Su-25 near Bakhmut with a Stinger missile.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("FIM-92 Stinger"), "in_use"), tuple(List.of("Su-25"), "destroyed"));
        assertThat(bundledEvents("Українські військові збили російський Су-34 з ЗРК Patriot на Донеччині.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status, Event::holderCountry)
                .containsExactly(tuple(List.of("MIM-104 Patriot"), "in_use", "UA"), tuple(List.of("Su-34"), "destroyed", null));
        assertThat(bundledEvents("A Patriot system shot down a Kinzhal missile over Kyiv, the Ukrainian air force said.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("MIM-104 Patriot"), "in_use"), tuple(List.of("Kh-47M2 Kinzhal"), "destroyed"));
    }
}
