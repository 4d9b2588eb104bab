package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void accentsGoAndLettersAreReplaced() {
        assertThat(TextFolding.fold("Oekraïne")).isEqualTo("oekraine");
        assertThat(TextFolding.fold("Straße")).isEqualTo("strasse");
        assertThat(TextFolding.fold("Łódź")).isEqualTo("lodz");
        assertThat(TextFolding.fold("Œuvre")).isEqualTo("oeuvre");
        assertThat(TextFolding.fold("Україна")).isEqualTo("україна");
        assertThat(TextFolding.fold("Ёлка")).isEqualTo("елка");
    }

    /** The character-by-character path for Latin words must give what normalising the whole word gives. */
    @Test
    void latinWordsFoldAsNormalisingThemWhole() {
        StringBuilder pair = new StringBuilder("xx");
        for (char a = 0x20; a < 0x250; a++) {
            for (char b = 0x20; b < 0x250; b++) {
                pair.setCharAt(0, a);
                pair.setCharAt(1, b);
                String word = pair.toString();
                assertThat(TextFolding.fold(word)).as("U+%04X U+%04X", (int) a, (int) b).isEqualTo(TextFolding.foldByNormalizing(word));
            }
        }
        Random random = new Random(42);
        for (int n = 0; n < 100_000; n++) {
            char[] word = new char[2 + random.nextInt(8)];
            for (int i = 0; i < word.length; i++) word[i] = (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0xC0 + random.nextInt(0x190));
            String w = new String(word);
            assertThat(TextFolding.fold(w)).as(w).isEqualTo(TextFolding.foldByNormalizing(w));
        }
    }
}
