package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Transfers still to come that read as given without their auxiliary or cue (round 7), one short
 * sentence each written for these tests, through the whole extractor with the test dictionary.
 */
class TransferStatusReadingsTest {
    @Test
    void aDutchPresentPassiveTellsAGivingToCome() {
        assertThat(events("Er worden acht pantservoertuigen naar Oekraïne gestuurd door Noorwegen.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "pledged"));
        // The past passive and the perfect stay delivered.
        assertThat(events("Er werden acht pantservoertuigen naar Oekraïne gestuurd door Noorwegen.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "delivered"));
    }

    @Test
    void theFrenchFutureOfEtreTellsAGivingToCome() {
        assertThat(events("Huit véhicules blindés seront livrés à l'Ukraine par la Norvège.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "pledged"));
        assertThat(events("Huit véhicules blindés ont été livrés à l'Ukraine par la Norvège.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "delivered"));
    }

    @Test
    void preparingAnAidPackageIsAPledge() {
        assertThat(events("Норвегия готовит новый пакет военной помощи для Украины.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "pledged"));
        assertThat(events("Норвегія готує новий пакет військової допомоги для України.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "pledged"));
        // Preparing something that is no aid tells no transfer.
        assertThat(events("Норвегия готовит новый закон.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void theGermanPreteriteOfGivingTellsAPastGiving() {
        assertThat(events("Die Niederlande lieferten der Ukraine zwanzig Panzer.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("NL", "delivered"));
        // The present announces; the participle before goods stays an adjective.
        assertThat(events("Deutschland liefert der Ukraine zehn Haubitzen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("DE", "pledged"));
    }

    @Test
    void aGivingThatIsTheObjectOfADecisionOrAPossibilityIsToCome() {
        assertThat(events("Sweden announced the first decision to start supplying howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("SE", "pledged"));
        assertThat(events("Возможные поставки Нидерландами истребителей Украине не изменят ход войны.", EventType.TRANSFER))
                .extracting(Event::recipient, Event::status).containsExactly(tuple("UA", "pledged"));
        // Without the word the same giving stays delivered.
        assertThat(events("Sweden started supplying howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("SE", "delivered"));
    }
}
