package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * The invaded state (belligerents.tsv, second column) receives arms: a reading that makes it the giver to a receiver
 * the sentence does not mark as one took the wrong word (sentences written for these tests).
 */
class InvadedReceivesTest {
    @Test
    void sentencesThatPutTheReceiverFirst() {
        assertThat(events("Oekraïne is in totaal twintig F-16's beloofd, door bondgenoten als Noorwegen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NO", "UA"));
        assertThat(events("Ukraine has been promised twenty F-16s by allies such as Norway.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NO", "UA"));
    }

    @Test
    void eachStateListedWithTheReceiverReadGives() {
        assertThat(events("Oekraïne zijn dertig F-16's toegezegd door Zweden, Finland en Polen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient)
                .containsExactlyInAnyOrder(tuple("SE", "UA"), tuple("FI", "UA"), tuple("PL", "UA"));
        assertThat(events("Ukraine was promised twelve F-16s by Sweden, Finland and Poland.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient)
                .containsExactlyInAnyOrder(tuple("SE", "UA"), tuple("FI", "UA"), tuple("PL", "UA"));
    }

    @Test
    void aReTransferToAMarkedReceiverIsKept() {
        assertThat(events("Ukraine handed the Belgian rifles over to Poland.", EventType.TRANSFER))
                .extracting(Event::donor).contains("UA");
        assertThat(Belligerents.invaded("UA")).isTrue();
        assertThat(Belligerents.invaded("RU")).isFalse();
    }
}
