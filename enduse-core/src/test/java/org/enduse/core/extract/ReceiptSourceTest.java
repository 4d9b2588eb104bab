package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * After a verb of receiving, French "de" and Ukrainian "з" name who gave; elsewhere they give nothing. Sentences written
 * for these tests.
 */
class ReceiptSourceTest {
    @Test
    void theStateAReceiptIsFromGives() {
        assertThat(events("L'Ukraine a reçu six obusiers de la Belgique.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("BE", "UA", "delivered"));
        assertThat(events("L'Ukraine recevra quatre chars des Pays-Bas.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"));
        assertThat(events("Україна отримала вісім гаубиць з Норвегії.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "delivered"));
    }

    @Test
    void aPartnerOrARequestReceivedGivesNothing() {
        // "з Польщею" in the instrumental is "with Poland".
        assertThat(events("Україна отримала шість гаубиць разом з Польщею.", EventType.TRANSFER))
                .extracting(Event::donor).containsOnlyNulls();
        assertThat(events("Le ministère a reçu de l'Allemagne deux demandes.", EventType.TRANSFER)).isEmpty();
    }
}
