package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static List<Token> read(String text, String language, WordTable table) {
        return Tokenizer.tokenize(text, 0, text.length(), language, table);
    }

    @Test
    void aRecurringWordIsOneWordAndEveryTokenIsWhatTheTokenizerAloneGives() {
        String text = "Бельгія передала танки; танки з Бельгії, Belgium's tanks and Tanks.";
        List<Token> tokens = read(text, "uk", new WordTable());
        assertThat(tokens).isEqualTo(Tokenizer.tokenize(text, "uk"));
        assertThat(tokens.get(3).word()).isSameAs(tokens.get(2).word()); // "танки" twice
        assertThat(tokens.get(8).word()).isNotSameAs(tokens.get(10).word()); // "tanks" and "Tanks" are two surface forms
    }

    @Test
    void theSameWordInAnotherLanguageIsStemmedForThatLanguage() {
        WordTable table = new WordTable();
        Token english = read("units", "en", table).get(0);
        Token dutch = read("units", "nl", table).get(0);
        assertThat(english.stem()).isEqualTo(Stemmer.stem("units", "en"));
        assertThat(dutch.stem()).isEqualTo(Stemmer.stem("units", "nl"));
        assertThat(english.word()).isNotSameAs(dutch.word());
    }

    @Test
    void everyWordIsFoundAgainAfterTheTableHasGrownSeveralTimes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) text.append("word").append(i).append(' ');
        WordTable table = new WordTable();
        List<Token> first = read(text.toString(), "en", table);
        List<Token> again = read(text.toString(), "en", table);
        assertThat(first).hasSize(5_000);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).word()).isSameAs(first.get(i).word());
            assertThat(first.get(i).text()).isEqualTo("word" + i);
        }
    }

    @Test
    void aWordRemembersEachTriesRootsApart() {
        PhraseTrie<String> places = new PhraseTrie<>();
        places.add(Tokenizer.tokenize("Leopard Hill", "en"), "hill");
        PhraseTrie<String> tanks = new PhraseTrie<>();
        tanks.add(Tokenizer.tokenize("Leopard", "en"), "tank");
        List<Token> tokens = read("Leopard Hill and Leopard", "en", new WordTable());
        for (int round = 0; round < 2; round++) { // the second round reads what the words remembered
            assertThat(places.matchesAt(tokens, 0)).singleElement().extracting(PhraseTrie.Match::values).isEqualTo(List.of("hill"));
            assertThat(tanks.matchesAt(tokens, 3)).singleElement().extracting(PhraseTrie.Match::values).isEqualTo(List.of("tank"));
            assertThat(places.matchesAt(tokens, 3)).isEmpty();
        }
    }
}
