package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * The state arms are used against ("tegen Rusland", "the Russian invasion", "l'invasion russe",
 * "російських окупантів") neither gives nor receives them (sentences written for these tests).
 */
class OpponentTest {
    @Test
    void aStateTheArmsAreUsedAgainstIsNoParty() {
        assertThat(events("Nederland steunt Oekraïne in de oorlog tegen Rusland door het land twintig raketten te leveren.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NL", "UA"));
        assertThat(events("After the Russian invasion, Belgium sent Ukraine forty rifles.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
        assertThat(events("La Belgique va livrer douze canons à l'Ukraine pour faire face à l'invasion russe.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
        assertThat(events("Польща передала Україні зброю для боротьби з російськими окупантами.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("PL", "UA"));
    }

    @Test
    void aStateNamedAfterItsInvasionOfAnotherIsStillRead() {
        // "the invasion of Ukraine": the invaded state after "of" is not the opponent, and still receives.
        assertThat(events("Since the invasion of Ukraine, Belgium has sent Ukraine forty rifles.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
    }
}
