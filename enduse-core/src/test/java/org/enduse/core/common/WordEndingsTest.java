package org.enduse.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordEndingsTest {
    private static WordEndings of(String... endingsAndBits) {
        WordEndings endings = new WordEndings();
        for (int i = 0; i < endingsAndBits.length; i += 2) endings.add(endingsAndBits[i], Integer.parseInt(endingsAndBits[i + 1]));
        return endings;
    }

    @Test
    void bitsOfEveryEndingTheWordEndsWithAreJoined() {
        WordEndings endings = of("ing", "1", "ng", "2", "tion", "4", "g", "8");

        assertThat(endings.bitsOf("building")).isEqualTo(1 | 2 | 8);
        assertThat(endings.bitsOf("nation")).isEqualTo(4);
        assertThat(endings.bitsOf("ion")).isZero(); // "tion" does not fit in the word
        assertThat(endings.bitsOf("")).isZero();
    }

    @Test
    void anEndingListedTwiceKeepsEveryBit() {
        assertThat(of("ok", "1", "ok", "4").bitsOf("book")).isEqualTo(5);
    }

    @Test
    void longestEndingLeavesTheRequiredStem() {
        WordEndings endings = of("ією", "1", "ю", "1", "ами", "1");

        assertThat(endings.longestEnding("бельгією", 3)).isEqualTo(3);
        assertThat(endings.longestEnding("країною", 3)).isEqualTo(1);
        // "ами" would leave two letters of "рами": only shorter endings may go, and none fits.
        assertThat(endings.longestEnding("рами", 3)).isZero();
        assertThat(endings.longestEnding("рами", 1)).isEqualTo(3);
        assertThat(endings.longestEnding("танк", 3)).isZero();
    }

    @Test
    void anEmptyEndingIsRefused() {
        assertThatThrownBy(() -> new WordEndings().add("", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
