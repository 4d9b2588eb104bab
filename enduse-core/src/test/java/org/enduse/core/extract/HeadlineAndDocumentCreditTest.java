package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** A headline's source and a credited document, as written; sentences written for these tests, test dictionary. */
class HeadlineAndDocumentCreditTest {
    @Test
    void aHeadlineNamesItsSourceAfterAColonOrASpacedDash() {
        assertThat(events("Belgium has delivered Caesar howitzers to Ukraine: Alexander De Croo", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Alexander De Croo");
        assertThat(events("США передадуть Україні 4 установки HIMARS — Пентагон", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Пентагон");
    }

    @Test
    void aCompanyAfterAColonIsWhatTheLineIsAboutNotItsSource() {
        assertThat(events("Belgium has delivered rifles to Ukraine made by one firm: FN Herstal", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("FN Herstal");
    }

    @Test
    void aDocumentIsCreditedAsWritten() {
        assertThat(events("Germany delivered 18 Leopard 2 tanks to Ukraine, according to a Pentagon report released on Thursday.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("a Pentagon report");
        assertThat(events("\"The Netherlands will send 12 Caesar howitzers to Ukraine,\" the statement said.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("the statement");
    }

    @Test
    void anIndefiniteDocumentWithoutItsOwnerIsNoCredit() {
        assertThat(events("Germany delivered 18 Leopard 2 tanks to Ukraine, according to a statement in state media.", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("a statement in state media", "a statement");
    }
}
