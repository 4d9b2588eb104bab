package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 19's Western collective as giver (docs/devset.md, "Round 19, transfer roles"): "Western
 * countries", "les pays occidentaux", "die westlichen Verbündeten" placed as the giver keep their
 * transfer without a donor, rather than the state an earlier sentence named. The dev documents of the
 * round cannot tell this, as a label without a donor checks none; these sentences are written here.
 */
class CollectiveGiversTest {
    private static List<Event> transfers(String text) {
        return TestNames.events(text, EventType.TRANSFER);
    }

    @Test
    void aWesternCollectiveGivesWithoutADonor() {
        assertThat(transfers("The Netherlands will send 12 howitzers to Ukraine. Western countries have already delivered 300 tanks to Ukraine."))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("NL", "UA", "pledged"), tuple(null, "UA", "delivered"));
        assertThat(transfers("Polen hat der Ukraine 14 Leopard 2 geliefert. Die westlichen Verbündeten haben der Ukraine bisher 600 Panzer geliefert."))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("PL", "UA", "delivered"), tuple(null, "UA", "delivered"));
    }
}
