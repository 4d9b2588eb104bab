package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * Words typed partly on the other keyboard (batches 14, 39 and 40, ru and uk): a Latin C in "Cтингер", a
 * Ukrainian І in "ІRIS-T", a Cyrillic А after the digit of "Leopard 2А4", "АІМ-9" in Cyrillic capitals.
 * Sentences written for this test.
 */
class MixedScriptWordsTest {
    @Test
    void aWordOfBothScriptsFoldsToTheScriptOfMostOfItsLetters() {
        assertThat(TextFolding.fold("Cтингер")).isEqualTo("стингер");
        assertThat(TextFolding.fold("ІRIS")).isEqualTo("iris");
        // A Ukrainian word with a Latin i, as keyboards leave it.
        assertThat(TextFolding.fold("Украiна")).isEqualTo("украіна");
    }

    @Test
    void digitsWithCyrillicCapitalTwinsAreADesignationInLatinLetters() {
        assertThat(TextFolding.fold("2А4")).isEqualTo("2a4");
        assertThat(TextFolding.fold("М777")).isEqualTo("m777");
        // Lower case: a Russian ordinal or count, left as it is.
        assertThat(TextFolding.fold("2е")).isEqualTo("2е");
        assertThat(TextFolding.fold("72Б3")).isEqualTo("72б3");
        assertThat(TextFolding.fold("Стингер")).isEqualTo("стингер");
    }

    @Test
    void mixedWordsNameTheirEquipment() {
        assertThat(found("Российские военные захватили Cтингер и танк Leopard 2А4.", MentionKind.EQUIPMENT))
                .extracting(Mention::text, Mention::name)
                .containsExactly(tuple("Cтингер", "FIM-92 Stinger"), tuple("Leopard 2А4", "Leopard 2A4"));
        assertThat(found("Німеччина передала Україні ще одну систему ІRIS-T та ракети АІМ-9.", MentionKind.EQUIPMENT))
                .extracting(Mention::text, Mention::name)
                .containsExactly(tuple("ІRIS-T", "IRIS-T SLM"), tuple("АІМ-9", "AIM-9 Sidewinder"));
    }

    @Test
    void anAcronymStillNeedsItsCapitals() {
        assertThat(found("Die Armee nutzt Nlaw und NLAW.", MentionKind.EQUIPMENT)).extracting(Mention::text).containsExactly("NLAW");
    }
}
