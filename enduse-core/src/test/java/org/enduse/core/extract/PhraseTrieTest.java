package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {
    @Test
    void everyPhraseIsFoundAfterTheTableOfFirstWordsHasGrownManyTimes() {
        PhraseTrie<Integer> trie = new PhraseTrie<>();
        // 20,000 distinct first words: the table of their bits is rebuilt a dozen times on the way.
        for (int i = 0; i < 20_000; i++) trie.add(Tokenizer.tokenize("place" + i + " north", "en"), i);
        for (int n = 0; n < 20_000; n += 7) {
            int i = n;
            List<PhraseTrie.Match<Integer>> matches = trie.matchesAt(Tokenizer.tokenize("Place" + i + " North of here", "en"), 0);
            assertThat(matches).as("place%d north", i).singleElement().satisfies(m -> {
                assertThat(m.values()).containsExactly(i);
                assertThat(m.endToken()).isEqualTo(2);
            });
        }
        assertThat(trie.matchesAt(Tokenizer.tokenize("place20000 north", "en"), 0)).isEmpty();
        assertThat(trie.matchesAt(Tokenizer.tokenize("north", "en"), 0)).isEmpty();
    }

    @Test
    void aWordMeetsAPhraseThroughItsStemOrItsFoldedForm() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add(Tokenizer.tokenize("Бельгія", "uk"), "BE");
        trie.add(Tokenizer.tokenize("Leopard tanks", "en"), "leopard");
        assertThat(trie.matchesAt(Tokenizer.tokenize("з Бельгії", "uk"), 1)).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("BE"));
        assertThat(trie.matchesAt(Tokenizer.tokenize("LEOPARD tank", "en"), 0)).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("leopard"));
        assertThat(trie.matchesAt(Tokenizer.tokenize("Belgium", "en"), 0)).isEmpty();
    }
}
