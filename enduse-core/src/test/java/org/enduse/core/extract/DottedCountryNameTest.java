package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * "U.K." as American outlets write it names the United Kingdom as "U.S." names the United States (countries.tsv), so a
 * giver or source so written is read. One short sentence each, written for these tests.
 */
class DottedCountryNameTest {
    @Test
    void theDottedUkGivesAndIsASource() {
        assertThat(events("The U.K. sent tanks to Ukraine.", EventType.TRANSFER)).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("GB", "UA"));
        assertThat(events("Ukraine has received Storm Shadow missiles from the U.K.", EventType.TRANSFER)).extracting(Event::donor)
                .containsExactly("GB");
    }

    @Test
    void aPlaceInTheUkIsNoTransfer() {
        assertThat(events("He moved to the U.K. in 2019.", EventType.TRANSFER)).isEmpty();
    }
}
