package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * A Ukrainian or Russian government, the authorities or an office name their state in the genitive after them, and
 * that state gives; another noun's genitive still gives nothing. Sentences written for these tests.
 */
class GovernedStateTest {
    @Test
    void theStateOfAGovernmentOrTheAuthoritiesGives() {
        assertThat(events("Уряд Фінляндії передасть Україні шість гаубиць.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "pledged"));
        assertThat(events("Правительство Швеции передало Украине четыре гаубицы.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "delivered"));
        assertThat(events("Власти Норвегии поставят Украине восемь гаубиц.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NO", "UA"));
    }

    @Test
    void anotherNounsGenitiveGivesNothing() {
        // "по просьбе Франции": a request's genitive; the subject before it gives.
        assertThat(events("Польша по просьбе Франции передала Украине четыре гаубицы.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("PL", "UA"));
    }
}
