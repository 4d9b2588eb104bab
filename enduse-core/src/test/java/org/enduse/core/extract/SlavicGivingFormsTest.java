package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Ukrainian and Russian giving words and cases the uk and ru tuning reports of batches 53-62 use (round 55), one short
 * sentence each written for these tests, through the whole extractor with the test dictionary.
 */
class SlavicGivingFormsTest {
    @Test
    void theImperfectivePresentOfProvidingIsOngoingSupply() {
        assertThat(events("США надають Україні ракетні системи.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "delivered"));
        assertThat(events("Норвегия предоставляет Украине ракеты.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "delivered"));
    }

    @Test
    void theVerbalNounPeredannyaIsADelivery() {
        assertThat(events("Передання Німеччиною Україні гаубиць завершилося.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
    }

    @Test
    void promisingInTheImperfectivePastOrTheImpersonalPassiveIsAPledge() {
        assertThat(events("Україні обіцяно вісім гаубиць.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status, e -> e.quantity() == null ? null : e.quantity().intValue()).containsExactly(tuple("UA", "pledged", 8));
        assertThat(events("Украине обещано шесть гаубиц.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status, e -> e.quantity() == null ? null : e.quantity().intValue()).containsExactly(tuple("UA", "pledged", 6));
        assertThat(events("Данія обіцяла Україні гаубиці.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DK", "UA", "pledged"));
    }

    @Test
    void aNameInTheInstrumentalIsTheAgentNotTheReceiver() {
        assertThat(events("Гаубиці передані Україні Данією.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DK", "UA"));
    }

    @Test
    void aCollectiveSubjectAfterItsVerbRestatesNoEarlierGiving() {
        // The Western allies promised the 300 tanks: not the United States of the sentence before.
        assertThat(events("США передадуть Україні 31 танк. Це частина 300 танків, які обіцяли західні союзники.", EventType.TRANSFER))
                .extracting(Event::donor, e -> e.quantity() == null ? null : e.quantity().intValue()).containsExactly(tuple("US", 31));
    }
}
