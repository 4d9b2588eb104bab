package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transfer and sighting constructions of the third round on real reports, one short sentence each
 * (written for these tests), through the whole extractor with the test dictionary.
 */
class TransferAndSightingReadingsTest {
    private static List<Event> events(String text, EventType type) {
        return TestNames.EXTRACTOR.extract(TestNames.document("test", text), null).events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void anAnnouncementOfACaptureIsNoPledge() {
        assertThat(events("La Russie a annoncé avoir capturé deux canons Caesar.", EventType.TRANSFER)).isEmpty();
        assertThat(events("La Russie a annoncé avoir capturé deux canons Caesar.", EventType.SIGHTING)).extracting(Event::status)
                .containsExactly("captured");
        assertThat(events("Россия объявила об уничтожении двух танков Leopard.", EventType.TRANSFER)).isEmpty();
        // Announcing what is given stays a pledge.
        assertThat(events("Сполучені Штати оголошують новий пакет зброї для України.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "pledged"));
    }

    @Test
    void aHeadlineRepeatedAsTheLeadStatesItsEventsOnce() {
        String text = "Denmark wants to send 20 tanks to Ukraine\n\nDenmark wants to send 20 tanks to Ukraine.";
        assertThat(events(text, EventType.TRANSFER)).hasSize(1);
    }

    @Test
    void aSlavicParticiplePhraseAfterTheGoodsHasNoSubjectBeforeIt() {
        // The country before the participle phrase is the main clause's subject, not the giver.
        assertThat(events("МИД Китая: оружие, поставляемое в Украину, попадает на черный рынок.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple(null, "UA", "delivered"));
        // Goods described by their giving are what an assurance is about, not news of a delivery.
        assertThat(events("США не обнаружили признаков того, что оружие, переданное Украине, попало не в те руки.", EventType.TRANSFER))
                .isEmpty();
    }

    @Test
    void runningShortIsNoArrival() {
        assertThat(events("Kiev arrive toutefois à court de munitions pour ses canons.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aPartnerTogetherWithTheSubjectIsNotTheSubject() {
        assertThat(events("Die Bundesregierung kündigte an, zusammen mit Dänemark 90 Panzer an die Ukraine zu liefern.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "pledged"));
        // With no other subject named, the partner gives.
        assertThat(events("The country took the lead along with Denmark in a coalition to provide F-16 jets for Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DK", "UA"));
    }

    @Test
    void aGermanInfinitiveClauseTakesTheSubjectBeforeItsComma() {
        assertThat(events("Dänemark hatte im August angekündigt, Kiew 19 Kampfjets zur Verfügung zu stellen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DK", "UA", "pledged"));
    }

    @Test
    void aGermanReceiverAfterTheVerb() {
        assertThat(events("Die ersten Kampfpanzer aus Deutschland erhielt die Ukraine im Juli.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
    }

    @Test
    void goodsArriveWhereTheyArriveNotFromThere() {
        // Kyiv ordered them: no origin, and no transfer from Ukraine.
        assertThat(events("Die ersten zehn Panzer, die Kiew bestellt hat, sind in der Ukraine angekommen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple(null, "UA", "delivered"));
    }

    @Test
    void aTransferWithoutAGiverTakesTheGiverJustNamed() {
        String text = "Der Gepard war das erste Waffensystem, das Deutschland der Ukraine zugesagt hatte. "
                + "Bis September wurden alle 30 Flugabwehrpanzer an die Ukraine geliefert.";
        assertThat(events(text, EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("DE", "UA", "pledged"), tuple("DE", "UA", "delivered"));
        // Other equipment names another giving, whose giver the report does not say.
        String other = "Deutschland hat der Ukraine Gepard-Panzer geliefert. Die Ukraine erhielt auch HIMARS.";
        assertThat(events(other, EventType.TRANSFER)).extracting(Event::donor).containsExactly("DE", null);
    }

    @Test
    void aDemonstrativePointsBackAcrossParagraphs() {
        String text = "Deutschland hat der Ukraine Gepard-Panzer zugesagt.\n\nInsgesamt 30 dieser Panzer wurden an die Ukraine geliefert.";
        assertThat(events(text, EventType.TRANSFER)).extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("Gepard"), "pledged"), tuple(List.of("Gepard"), "delivered"));
    }

    @Test
    void refurbishedIsNotHandedOver() {
        assertThat(events("Kiev s'intéresse à ces canons Caesar, remis à neuf peu avant leur retrait du service.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void anAgentNamedAfterAnAdjectiveAndItsListGive() {
        assertThat(events("Smaller batches have been offered by US allies Canada and Australia.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactlyInAnyOrder(tuple("CA", null), tuple("AU", null));
    }

    @Test
    void aRelativeClauseHasThePronounsNounAsSubject() {
        assertThat(events("The Russian invasion was condemned by the community, which responded by sending arms to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
        assertThat(events("Poland, which sent tanks to Ukraine, asked for more.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("PL", "UA"));
    }

    @Test
    void aStatesForcesReceiveForIt() {
        assertThat(events("France supplies anti-tank missiles to Ukrainian forces.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("FR", "UA"));
    }

    @Test
    void aUseToComeIsNoSighting() {
        assertThat(events("Voordat de wapens gebruikt kunnen worden, hebben de Oekraïense strijdkrachten training nodig.", EventType.SIGHTING))
                .isEmpty();
        // "zou" reports a claim: the sighting stands.
        assertThat(events("Een Leopard 2 zou in Oekraïne zijn vernietigd.", EventType.SIGHTING)).extracting(Event::status)
                .containsExactly("destroyed");
    }
}
