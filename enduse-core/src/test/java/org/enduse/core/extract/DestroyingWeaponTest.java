package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The weapon a destruction is done with is used, only the rest destroyed; sentences written for these tests. */
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
}
