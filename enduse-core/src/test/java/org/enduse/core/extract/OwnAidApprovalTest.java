package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** A state approving its own aid pledges it; an approval of a delivery or a re-export is a permission (texts written for these tests). */
class OwnAidApprovalTest {
    @Test
    void approvingOwnAidPledgesIt() {
        assertThat(events("Canada has approved a new military aid package for Ukraine worth $500 million.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("CA", "UA", "pledged"));
        assertThat(events("Die Niederlande haben neue Militärhilfe für die Ukraine genehmigt.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"));
        assertThat(events("Noorwegen heeft een pakket militaire hulp voor Oekraïne goedgekeurd.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "pledged"));
        assertThat(events("США одобрили новый пакет помощи Украине.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "pledged"));
    }

    @Test
    void approvingADeliveryOrAReExportStaysAPermission() {
        assertThat(events("Earlier, the United States approved the re-export of the jets to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "approved"));
        assertThat(events("Zuvor hatten die USA der Lieferung der Kampfjets an die Ukraine zugestimmt.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "approved"));
        assertThat(events("Duitsland heeft de levering van tanks aan Oekraïne goedgekeurd.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "approved"));
    }

    @Test
    void approvingADecisionPledges() {
        assertThat(events("Литва ухвалила рішення про передачу Україні гаубиць.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("LT", "UA", "pledged"));
        assertThat(events("Литва одобрила решение о передаче Украине гаубиц.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("LT", "UA", "pledged"));
        assertThat(events("Литва одобрила передачу Украине гаубиц.", EventType.TRANSFER)).extracting(Event::status).containsExactly("approved");
    }
}
