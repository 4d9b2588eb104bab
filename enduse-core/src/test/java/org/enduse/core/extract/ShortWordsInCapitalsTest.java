package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short word in capitals inside a paragraph that no entry lists in capitals is an abbreviation or a word
 * of a line set in capitals (batches 46 and 51: "VERSLAG VAN EEN", Dutch "van"), not the town the
 * gazetteer writes alike; as a dateline opening the paragraph it stays the town. (The GAO sentences
 * hold also when the catalog lists "GAO": the audit office is read, AcronymListedInCapitalsTest.)
 */
class ShortWordsInCapitalsTest {
    @Test
    void anAbbreviationInCapitalsIsNoTown() {
        assertThat(TestNames.bundledPlaces("The GAO said on Wednesday that the Pentagon had not tracked the weapons.")).isEmpty();
        assertThat(TestNames.bundledPlaces("В докладе GAO говорится, что оружие не отслеживалось.")).isEmpty();
        assertThat(TestNames.bundledPlaces("Nr. 12 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG over de wapenleveranties.")).isEmpty();
    }

    @Test
    void theTownWrittenAsANameOrAsADatelineStays() {
        assertThat(TestNames.bundledPlaces("VAN (AP) - Soldiers patrolled the market of Van on Monday.")).containsExactly("VAN", "Van");
        assertThat(TestNames.bundledPlaces("The convoy reached Van in eastern Turkey.")).containsExactly("Van");
    }
}
