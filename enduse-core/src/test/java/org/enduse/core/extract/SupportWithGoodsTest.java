package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** A verb of supporting gives the goods that are its means, and nothing without them. Sentences written for these tests. */
class SupportWithGoodsTest {
    @Test
    void supportWithGoodsGivesThem() {
        assertThat(events("Finnland will die Ukraine mit sechs Haubitzen unterstützen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "pledged"));
        assertThat(events("Schweden unterstützt die Ukraine mit weiterer Munition, Drohnen und Lastwagen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "pledged"));
        assertThat(events("Norway has supported Ukraine with eight howitzers.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "delivered"));
        assertThat(events("La Finlande soutient l'Ukraine avec quatre obusiers.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "pledged"));
        // Slavic languages name the means in the instrumental, with no preposition.
        assertThat(events("Фінляндія підтримує Україну ще чотирма гаубицями.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "pledged"));
    }

    @Test
    void supportWithoutGoodsGivesNothing() {
        assertThat(events("Norway will support Ukraine for as long as it takes.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Польща підтримуватиме Україну у боротьбі з агресором.", EventType.TRANSFER)).isEmpty();
        assertThat(events("La Belgique continuera à soutenir l'Ukraine en analysant tous les besoins de la Défense.", EventType.TRANSFER)).isEmpty();
        // People sent are no goods given.
        assertThat(events("Canada has supported Ukraine with instructors and experts.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Norwegen unterstützt die Ukraine mit Ausbildern und Experten.", EventType.TRANSFER)).isEmpty();
    }
}
