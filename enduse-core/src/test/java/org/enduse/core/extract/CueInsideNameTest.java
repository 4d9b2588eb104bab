package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A lexicon cue lying inside a country or place name is no word of the sentence (round 60): "Малі" (Mali) stems as the
 * Ukrainian future word "мала" and made a giving to Mali pledged. Short sentences written for this test.
 */
class CueInsideNameTest {
    @Test
    void aCountryNameIsNoFutureWord() {
        assertThat(events("Росія передала хунті Малі вертольоти Мі-8.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("RU", "ML", "delivered"));
        assertThat(events("Туреччина передала Малі безпілотники.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("TR", "ML", "delivered"));
    }

    @Test
    void theFutureWordOutsideTheNameStillPledges() {
        assertThat(events("Росія мала передати Малі вертольоти.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("ML", "pledged"));
        assertThat(events("Росія мала намір передати Малі вертольоти.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("ML", "pledged"));
        assertThat(events("Росія вже пообіцяла Малі нові вертольоти.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("ML", "pledged"));
        assertThat(events("Росія передасть Малі вертольоти.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("ML", "pledged"));
    }

    @Test
    void aNegatedGivingToTheCountryStaysUnread() {
        assertThat(events("Росія не передала Малі вертольоти.", EventType.TRANSFER)).isEmpty();
    }
}
