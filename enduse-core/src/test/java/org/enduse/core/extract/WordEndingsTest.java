package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick test before a German or Dutch word is cut into number words: it may say yes wrongly, never no. */
class WordEndingsTest {
    @Test
    void aWordEndingInAnAddedWordMayEndInIt() {
        WordEndings endings = new WordEndings();
        endings.add("twintig");
        endings.add("elf");
        assertThat(endings.mayEndIn("vijfentwintig")).isTrue();
        assertThat(endings.mayEndIn("zwölfelf")).isTrue();
        assertThat(endings.mayEndIn("twaalf")).isFalse(); // "alf", not "elf"
        assertThat(endings.mayEndIn("wapens")).isFalse();
        assertThat(endings.mayEndIn("leveren")).isFalse();
    }

    @Test
    void aShortWordIsKeptWhole() {
        WordEndings endings = new WordEndings();
        endings.add("en");
        assertThat(endings.mayEndIn("leveren")).isTrue();
        assertThat(endings.mayEndIn("n")).isFalse();
        assertThat(endings.mayEndIn("wapens")).isFalse();
    }

    @Test
    void compoundNumbersStillReadAndOtherLongWordsAreNone() {
        Lexicon lexicon = Lexicon.get();
        assertThat(NumberFinder.compound("vijfentwintig", "nl", lexicon)).containsExactly(25);
        assertThat(NumberFinder.compound("dreitausendfunfhundert", "de", lexicon)).containsExactly(3500);
        assertThat(NumberFinder.compound("vierhonderd", "nl", lexicon)).containsExactly(400);
        assertThat(NumberFinder.compound("leveren", "nl", lexicon)).isNull();
        assertThat(lexicon.mayEndInWord("wapens", "nl", "num")).isFalse();
    }
}
