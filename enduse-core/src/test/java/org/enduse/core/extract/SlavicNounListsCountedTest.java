package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * Round 39 (qty45): in Ukrainian and Russian, nouns listed after the counted noun in the genitive plural it
 * stands in are counted with it ({@link CoordinatedNouns}), a list parted by commas when "and" closes it; a noun
 * in another case begins a new phrase. Every sentence is written for this test.
 */
class SlavicNounListsCountedTest {
    @Test
    void aGenitivePluralListIsCountedWhole() {
        assertThat(found("Вночі збили 90 ракет, дронів і безпілотників.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("90 ракет, дронів і безпілотників");
        assertThat(found("Ночью сбили 70 ракет и беспилотников.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("70 ракет и беспилотников");
    }

    @Test
    void aNounInAnotherCaseBeginsANewPhrase() {
        assertThat(found("На складі лишилося 30 ракет і боєприпаси для гармат.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("30 ракет");
        assertThat(found("Там остались 12 танков и машины пехоты.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("12 танков");
    }
}
