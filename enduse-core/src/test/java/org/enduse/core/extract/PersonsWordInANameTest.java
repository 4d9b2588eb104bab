package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * A word that counts persons ("senators") may open an equipment name ("Senator APC", Roshel's
 * vehicle, batch 37): it is then neither a generic noun trimmed off the name nor the unit of the
 * count. Sentences written for this test.
 */
class PersonsWordInANameTest {
    @Test
    void theNameKeepsItsFirstWordAndCountsItems() {
        assertThat(found("Canada will donate 80 Senator APC to Ukraine.", MentionKind.EQUIPMENT)).extracting(Mention::text, Mention::name)
                .containsExactly(tuple("Senator", "Roshel Senator"));
        assertThat(found("Canada will donate 80 Senator APC to Ukraine.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("80 Senator APC", "items"));
    }

    @Test
    void theWordAloneStillCountsPersons() {
        assertThat(found("Forty senators voted for the aid.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("Forty senators", "persons"));
    }
}
