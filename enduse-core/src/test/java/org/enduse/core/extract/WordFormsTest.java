package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's tokens read through its word forms are the tokens tokenising it alone gives, repeated words included. */
class WordFormsTest {
    @Test
    void repeatedWordsGiveTheSameTokensAsTokenisingAlone() {
        String text = "Tanks and more tanks: Die Panzer, die Panzer! Танки, танки та Cтингер, 2А4 і 2А4; Élysée, élysée, ÉLYSÉE.";
        WordForms forms = new WordForms(text);
        assertThat(Tokenizer.tokenize(text, 0, text.length(), "en", forms)).isEqualTo(Tokenizer.tokenize(text, "en"));
        assertThat(Tokenizer.tokenize(text, 0, text.length(), "uk", forms)).isEqualTo(Tokenizer.tokenize(text, "uk"));
    }

    @Test
    void aWordIsStemmedInTheLanguageOfItsParagraph() {
        String text = "tanks\ntanks";
        WordForms forms = new WordForms(text);
        List<Token> english = Tokenizer.tokenize(text, 0, 5, "en", forms), dutch = Tokenizer.tokenize(text, 6, 11, "nl", forms);
        assertThat(english.get(0).stem()).isEqualTo("tank");
        assertThat(dutch.get(0)).isEqualTo(Tokenizer.tokenize(text, 6, 11, "nl").get(0));
    }

    @Test
    void aDocumentOfManyDistinctWordsGrowsItsTable() {
        // Six characters a word, all distinct: more words than the table was sized for at first.
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) b.append('w').append(1000 + i).append(' ');
        b.append("w1000 w3999");
        String text = b.toString();
        assertThat(Tokenizer.tokenize(text, 0, text.length(), "de", new WordForms(text))).isEqualTo(Tokenizer.tokenize(text, "de"));
    }
}
