package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who held sighted equipment and where, through the whole extractor with the test dictionary; sentences written for these tests. */
class SightingPartiesTest {
    private static List<Event> sightings(String text) {
        return TestNames.EXTRACTOR.extract(TestNames.document("test", text), null).events().stream()
                .filter(e -> e.type() == EventType.SIGHTING).toList();
    }

    @Test
    void theForceThatCapturesOrDestroysHoldsNothing() {
        // The capturing force is the other side; the sentence names no holder, and its country is not where it happened.
        assertThat(sightings("The Ukrainian army captured a Leopard."))
                .extracting(Event::holder, Event::locationCountry).containsExactly(tuple(null, null));
        // A force that uses the equipment, or loses it, held it.
        assertThat(sightings("The Ukrainian army used a Leopard.")).extracting(Event::holder).containsExactly("Armed Forces of Ukraine");
        assertThat(sightings("The Ukrainian army lost a Leopard.")).extracting(Event::holder).containsExactly("Armed Forces of Ukraine");
    }

    @Test
    void aCountryAfterAPlacePrepositionAndAnArticleIsWhereItHappened() {
        assertThat(sightings("Ein Leopard wurde in der Ukraine zerstört.")).extracting(Event::locationCountry).containsExactly("UA");
        // "à l'Ukraine" is who receives, not where.
        assertThat(sightings("Des Leopard livrés à l'Ukraine ont été détruits.")).extracting(Event::locationCountry).containsExactly((String) null);
    }
}
