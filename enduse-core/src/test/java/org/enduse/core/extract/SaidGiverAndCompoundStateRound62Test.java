package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 62's reading of Dutch and German reports (docs/devset.md, "Round 62, events in nl and de"): a state glued as the
 * first part of a hyphenated compound ("US-Waffenlieferungen") yields the receiver to a state marked as one in its
 * clause. Every sentence is written for this test.
 */
class SaidGiverAndCompoundStateRound62Test {
    private static List<Event> transfers(String text) {
        return TestNames.events(text, EventType.TRANSFER);
    }

    @Test
    void aStateGluedToItsNounYieldsToTheMarkedReceiver() {
        // Main before this round made the United States receive.
        assertThat(transfers("Schweden und Norwegen stellen 300 Millionen Euro für US-Waffenlieferungen an die Ukraine bereit."))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("SE", "UA"), tuple("NO", "UA"));
        assertThat(transfers("België trekt 20 miljoen euro uit voor VS-wapenleveringen aan Oekraïne."))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
    }

    @Test
    void aStateGluedToItsNounStillReceivesWhenNoOtherIsMarked() {
        assertThat(transfers("Dänemark stellt 50 Millionen Euro für Ukraine-Hilfe bereit.")).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("DK", "UA"));
    }

    @Test
    void aNegatedGivingWithAGluedStateStaysNoTransfer() {
        assertThat(transfers("Die USA wollen keine US-Waffen an die Ukraine liefern.")).isEmpty();
    }
}
