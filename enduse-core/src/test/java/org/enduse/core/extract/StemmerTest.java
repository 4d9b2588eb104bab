package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmerTest {
    @Test
    void inflectedFormsMeetAtOneStem() {
        assertThat(Stemmer.stem("бельгії", "uk")).isEqualTo("бельг");
        assertThat(Stemmer.stem("бельгією", "uk")).isEqualTo("бельг");
        assertThat(Stemmer.stem("бельгія", "uk")).isEqualTo("бельг");
        assertThat(Stemmer.stem("pantserwagens", "nl")).isEqualTo(Stemmer.stem("pantserwagen", "nl")).isEqualTo("pantserwag");
        assertThat(Stemmer.stem("weapons", "en")).isEqualTo("weapon");
    }

    @Test
    void theLongestEndingGoesButThreeLettersStay() {
        assertThat(Stemmer.stem("belgischen", "de")).isEqualTo("belg"); // "ischen", not "en" or "n"
        assertThat(Stemmer.stem("танків", "uk")).isEqualTo("танк");
        assertThat(Stemmer.stem("рами", "uk")).isEqualTo("рам"); // "ами" would leave two letters; "и" goes
        assertThat(Stemmer.stem("дім", "uk")).isEqualTo("дім"); // three letters are left alone
    }

    @Test
    void languagesWithoutEndingsAndNumbersStayAsTheyAre() {
        assertThat(Stemmer.stem("tanques", "pt")).isEqualTo("tanques");
        assertThat(Stemmer.stem("2000", "de")).isEqualTo("2000");
    }
}
