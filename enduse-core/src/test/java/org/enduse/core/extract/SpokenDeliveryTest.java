package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** A delivery noun as the object of a verb of saying: the state before the verb gives (sentences written for these tests). */
class SpokenDeliveryTest {
    @Test
    void aReportedDeliveryIsTheSpeakersDone() {
        assertThat(events("Финляндия сообщила о передаче Украине гаубиц.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "delivered"));
        assertThat(events("Фінляндія повідомила про передачу Україні гаубиць.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "delivered"));
    }

    @Test
    void anAnnouncedDeliveryIsPledged() {
        assertThat(events("Finland announced the transfer of howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "pledged"));
        assertThat(events("Finland announced its first delivery of howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FI", "UA", "pledged"));
    }

    @Test
    void aDeliveryOpeningWhatIsSaidIsNotTheSpeakers() {
        assertThat(events("Finland said deliveries of howitzers to Ukraine would go on.", EventType.TRANSFER))
                .extracting(Event::donor).doesNotContain("FI");
        assertThat(events("Финляндия заявила, что поставки гаубиц Украине продолжатся.", EventType.TRANSFER))
                .extracting(Event::donor).doesNotContain("FI");
    }
}
