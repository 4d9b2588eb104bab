package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Who held sighted equipment and where, through the whole extractor with the test dictionary; sentences written for these tests. */
class SightingPartiesTest {
    @Test
    void theForceThatCapturesOrDestroysHoldsNothing() {
        // The capturing force is the other side; the sentence names no holder, and its country is not where it happened.
        assertThat(events("The Ukrainian army captured a Leopard.", EventType.SIGHTING))
                .extracting(Event::holder, Event::locationCountry).containsExactly(tuple(null, null));
        // A force that uses the equipment, or loses it, held it.
        assertThat(events("The Ukrainian army used a Leopard.", EventType.SIGHTING)).extracting(Event::holder).containsExactly("Armed Forces of Ukraine");
        assertThat(events("The Ukrainian army lost a Leopard.", EventType.SIGHTING)).extracting(Event::holder).containsExactly("Armed Forces of Ukraine");
    }

    @Test
    void aCountryAfterAPlacePrepositionAndAnArticleIsWhereItHappened() {
        assertThat(events("Ein Leopard wurde in der Ukraine zerstört.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        // "à l'Ukraine" is who receives, not where.
        assertThat(events("Des Leopard livrés à l'Ukraine ont été détruits.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly((String) null);
    }

    @Test
    void aCompassPartOfACountryIsStillWhereItHappened() {
        assertThat(events("A Leopard was destroyed in the south of Ukraine.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("Ein Leopard wurde im Osten der Ukraine zerstört.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("Un char Leopard a été détruit dans l'est de l'Ukraine.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("Танк Leopard знищили на півдні України.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
        assertThat(events("A Leopard was destroyed in eastern Ukraine.", EventType.SIGHTING)).extracting(Event::locationCountry).containsExactly("UA");
    }
}
