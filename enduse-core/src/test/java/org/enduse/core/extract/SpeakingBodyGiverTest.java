package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * A report built on one government body's announcement tells that state's giving in later
 * sentences that no longer name it (sentences written for these tests).
 */
class SpeakingBodyGiverTest {
    @Test
    void aTransferWithNoGiverIsGivenByTheStateWhoseBodyTheReportNamedBefore() {
        assertThat(events("The Pentagon announced new military aid on Monday. Four howitzers were handed over to Ukraine last week.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "delivered"));
        assertThat(events("Пентагон у понеділок провів брифінг. Україні передали чотири гаубиці.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("US", "UA"));
    }

    @Test
    void aBodyThatCondemnsOrAGiverAlreadyNamedGivesNothing() {
        // Moscow's ministry reports the giving of others.
        assertThat(events("The Russian Foreign Ministry condemned the plan. Four howitzers were handed over to Ukraine last week.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
        // Once a transfer named its giver, only that giver carries: never the body named after it.
        assertThat(events("Canada sent two radars to Poland. The Pentagon announced new military aid. Four howitzers were handed over to Ukraine.",
                EventType.TRANSFER)).extracting(Event::donor).doesNotContain("US");
    }
}
