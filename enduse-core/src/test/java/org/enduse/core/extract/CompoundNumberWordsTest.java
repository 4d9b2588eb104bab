package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** German and Dutch numbers written as one word, and the long words ruled out by their ending before any parse. */
class CompoundNumberWordsTest {
    private final Lexicon lexicon = Lexicon.get();

    @Test
    void compoundsEndingInANumberWordOrAScaleAreRead() {
        assertThat(NumberFinder.compound("vijfentwintig", "nl", lexicon)).containsExactly(25);
        assertThat(NumberFinder.compound("vierhonderd", "nl", lexicon)).containsExactly(400);
        assertThat(NumberFinder.compound("dreitausendfunfhundert", "de", lexicon)).containsExactly(3500);
        assertThat(NumberFinder.compound("zweiundvierzig", "de", lexicon)).containsExactly(42);
    }

    @Test
    void otherLongWordsEndInNoNumberWord() {
        assertThat(lexicon.endsInWord("wapens", "nl", "num")).isFalse();
        assertThat(lexicon.endsInWord("leveren", "nl", "num")).isFalse();
        assertThat(lexicon.endsInWord("vijfentwintig", "nl", "num")).isTrue();
        assertThat(NumberFinder.compound("leveren", "nl", lexicon)).isNull();
    }
}
