package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Transfer constructions of the twelfth tuning batch, one short text each (written for these
 * tests), through the whole extractor with the test dictionary.
 */
class TransferRound12ReadingsTest {
    @Test
    void aSlavicSubjectAfterTheVerbGives() {
        assertThat(events("Танки Украине передали Германия, Польша и Канада.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"), tuple("PL", "UA"), tuple("CA", "UA"));
        // A state approving its own aid package pledges it (rule of 2026-12-05, round 15; it read approved before).
        assertThat(events("Новий пакет допомоги Збройним силам України схвалив президент США.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "pledged"));
    }

    @Test
    void giversWrittenWithADashForTheVerbGiveToo() {
        assertThat(events("Франция передала Украине танки, Британия – гаубицы, а США – ракеты.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("FR", "UA"), tuple("GB", "UA"), tuple("US", "UA"));
    }

    @Test
    void whatATransferIsAboutListsItsContents() {
        assertThat(events("Nederland stuurt wapens naar Oekraïne. Het gaat onder meer om vijftig geweren.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"), tuple("NL", "UA", "pledged"));
        assertThat(events("США готовы отправить Украине танки. Речь идет о 31 танке.", EventType.TRANSFER)).hasSize(2);
        // People are no package's goods.
        assertThat(events("Nederland stuurt wapens naar Oekraïne. Het gaat om 130.000 militairen.", EventType.TRANSFER)).hasSize(1);
    }

    @Test
    void aStoppedOrOpposedGivingIsNone() {
        assertThat(events("Франція зупинила постачання снарядів Україні.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Der Bundestag hat sich gegen die Lieferung von 50 Marschflugkörpern an die Ukraine ausgesprochen.", EventType.TRANSFER))
                .isEmpty();
    }

    @Test
    void theAgentOfAnotherParticipleGivesNothing() {
        assertThat(events("Ten howitzers were delivered to Ukraine, the minister said at a conference organized by the United States.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
        assertThat(events("Des obus ont été livrés à l'Ukraine, a annoncé le ministre lors d'une conférence organisée par les États-Unis.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
        // The giving participle's own agent still gives.
        assertThat(events("Des obus livrés par la France sont arrivés en Ukraine.", EventType.TRANSFER)).extracting(Event::donor).containsExactly("FR");
    }

    @Test
    void aSightingsGoodsHistoryIsNoTransfer() {
        assertThat(events("Russian troops captured NATO-supplied Leopard tanks months after their delivery to Kyiv.", EventType.TRANSFER)).isEmpty();
        // Without a sighting the delivery is told.
        assertThat(events("Germany completed the delivery of Leopard tanks to Kyiv.", EventType.TRANSFER)).extracting(Event::recipient).containsExactly("UA");
    }

    @Test
    void aPartnerIsNoOriginOfArrivingGoods() {
        assertThat(events("De tanks die Nederland samen met Denemarken aan Oekraïne schenkt, zijn in Oekraïne aangekomen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("NL", "delivered"));
    }
}
