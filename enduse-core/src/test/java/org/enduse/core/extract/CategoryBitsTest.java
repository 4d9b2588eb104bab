package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lexicon of more than 64 categories (lexicon-70-categories.tsv, written for this test): the categories after the
 * 63rd share one bit, and a search still finds the cues of exactly the categories it names.
 */
class CategoryBitsTest {
    private final Lexicon lexicon = Lexicon.load("/org/enduse/core/extract/lexicon-70-categories.tsv");

    @Test
    void everyCategoryFindsItsOwnWordAndNoOther() {
        for (int n = 1; n <= 70; n++) {
            Passage p = passage(word(n));
            String category = category(n);
            assertThat(lexicon.at(p, 0, category)).as(category).isNotNull();
            assertThat(lexicon.at(p, 0, category).cue().value()).isEqualTo(String.valueOf(n));
            assertThat(lexicon.at(p, 0, lexicon.categories(category))).as(category).isNotNull();
            String other = category(n == 70 ? 69 : n + 1);
            assertThat(lexicon.at(p, 0, other)).as(category + " as " + other).isNull();
            assertThat(lexicon.at(p, 0, lexicon.categories(other))).as(category + " as " + other).isNull();
        }
    }

    @Test
    void laterCategoriesOnOneWordAreToldApartByName() {
        Passage p = passage("shared");
        assertThat(lexicon.at(p, 0, "c65").cue().value()).isEqualTo("65");
        assertThat(lexicon.at(p, 0, "c66").cue().value()).isEqualTo("66");
        assertThat(lexicon.at(p, 0, lexicon.categories("c66")).cue().value()).isEqualTo("66");
        assertThat(lexicon.at(p, 0, "c67")).isNull();
        assertThat(lexicon.at(p, 0, lexicon.categories("c64", "c67"))).isNull();
    }

    @Test
    void anEarlyAndALaterCategoryOnOneWord() {
        Passage p = passage("both");
        assertThat(lexicon.at(p, 0, "c01").cue().value()).isEqualTo("1");
        assertThat(lexicon.at(p, 0, "c70").cue().value()).isEqualTo("70");
        assertThat(lexicon.at(p, 0, lexicon.categories("c02", "c69"))).isNull();
        assertThat(lexicon.at(p, 0, Categories.ANY)).isNotNull();
    }

    @Test
    void aSearchOfThePassageFindsTheLaterCategoriesCues() {
        Passage p = passage(word(1) + " " + word(70) + " " + word(65) + " shared " + word(70));
        List<Lexicon.Hit> hits = lexicon.all(p, "c70");
        assertThat(hits).extracting(Lexicon.Hit::startToken).containsExactly(1, 4);
        assertThat(lexicon.all(p, lexicon.categories("c65", "c01"))).extracting(Lexicon.Hit::startToken).containsExactly(0, 2, 3);
        assertThat(lexicon.all(p, "c68")).isEmpty();
    }

    @Test
    void theExtractionLexiconListsModalsAsSingleWords() {
        Lexicon extraction = Lexicon.get();
        assertThat(extraction.word("cannot", "en", "modal")).isNotNull();
        assertThat(extraction.word("konnen", "de", "modal")).isNotNull();
        assertThat(extraction.word("durfen", "de", "modal")).isNotNull();
        assertThat(extraction.word("konnten", "de", "modal")).isNull();
        assertThat(extraction.hasWords("pl", "modal")).isFalse();
    }

    private static Passage passage(String text) {
        return Passage.of(text, 0, text.length(), "en");
    }

    private static String category(int n) {
        return String.format("c%02d", n);
    }

    /** The made-up word category n lists: "q", its number in two letters, "x". */
    private static String word(int n) {
        return "q" + (char) ('a' + n / 26) + (char) ('a' + n % 26) + "x";
    }
}
