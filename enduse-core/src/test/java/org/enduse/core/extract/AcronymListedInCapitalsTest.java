package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words in capitals that the catalog lists in capitals name that entry, not an entry the words match only through
 * folding: "GAO" is the US audit office (batch 51 labels it so seven times, en and ru), not Gao in Mali.
 */
class AcronymListedInCapitalsTest {
    @Test
    void theAcronymNamesTheBodyListedSo() {
        assertThat(TestExtractions.found("The GAO said on Wednesday that the Pentagon had not tracked the weapons.", MentionKind.ORGANIZATION))
                .extracting(Mention::text).contains("GAO");
        assertThat(TestExtractions.found("Der Rechnungshof GAO hat einen Bericht vorgelegt.", MentionKind.ORGANIZATION))
                .extracting(Mention::text).contains("GAO");
    }

    @Test
    void theTownWrittenAsANameIsStillTheTown() {
        assertThat(TestExtractions.found("French troops left the Malian town of Gao in 2022.", MentionKind.PLACE))
                .extracting(Mention::text).containsExactly("Gao");
        assertThat(TestExtractions.found("French troops left the Malian town of Gao in 2022.", MentionKind.ORGANIZATION)).isEmpty();
    }
}
