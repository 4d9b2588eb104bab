package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignationFormsTest {
    @Test
    void aShortPrefixIsGluedToItsNumberOrSetApart() {
        assertThat(DesignationForms.variants("PzH 2000")).containsExactly("PzH 2000s", "PzH2000", "PzH2000s");
        assertThat(DesignationForms.variants("PzH2000")).containsExactly("PzH2000s", "PzH 2000", "PzH 2000s");
        assertThat(DesignationForms.variants("T-72")).contains("T72", "T-72s");
    }

    @Test
    void wordsAreNotPrefixesAndCyrillicTakesNoEnglishPlural() {
        assertThat(DesignationForms.variants("Leopard 2")).containsExactly("Leopard 2s", "Leopard II", "Leopard IIs");
        assertThat(DesignationForms.variants("Т-72")).containsExactly("Т72");
        assertThat(DesignationForms.variants("HIMARS")).isEmpty();
        assertThat(DesignationForms.variants("Caesar")).isEmpty();
        assertThat(DesignationForms.variants("YPR")).containsExactly("YPRs");
    }

    @Test
    void aVariantIsAlsoSetApartFromItsNumberAndAGenerationWrittenInRomanNumerals() {
        assertThat(DesignationForms.variants("Leopard 2A4")).contains("Leopard 2 A4", "Leopard II A4");
        assertThat(DesignationForms.variants("T-72B3")).contains("T-72 B3");
        assertThat(DesignationForms.variants("Challenger 2")).contains("Challenger II");
        // Only a generation of one to three after a family's name: no Roman numerals for model numbers.
        assertThat(DesignationForms.roman("PzH 2000")).isNull();
        assertThat(DesignationForms.roman("Leopard 4")).isNull();
        assertThat(DesignationForms.variantApart("M1A2")).isNull();
    }

    @Test
    void aPrefixOfLatinCapitalsWithCyrillicTwinsIsAlsoWrittenInCyrillic() {
        // The first letters of the expected forms are Cyrillic.
        assertThat(DesignationForms.variants("M777")).contains("М777", "М 777");
        assertThat(DesignationForms.variants("AMX-10 RC")).contains("АМХ-10 RC");
        assertThat(DesignationForms.cyrillicPrefix("M1224 MaxxPro")).isEqualTo("М1224 MaxxPro");
        assertThat(DesignationForms.cyrillicPrefix("M88A2 Hercules")).isEqualTo("М88А2 Hercules");
        // A prefix with a letter that has no twin, a word, or no number after it stays Latin only.
        assertThat(DesignationForms.cyrillicPrefix("CV90")).isNull();
        assertThat(DesignationForms.cyrillicPrefix("PzH 2000")).isNull();
        assertThat(DesignationForms.cyrillicPrefix("HIMARS")).isNull();
    }
}
