package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.split(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtAFullStopFollowedByACapital() {
        assertThat(split("Mr. Rutte visited Kyiv. The U.S. officials stayed home.")).containsExactly("Mr. Rutte visited Kyiv.",
                "The U.S. officials stayed home.");
    }

    @Test
    void splitsTextPastedWithoutTheSpaceAfterAFullStop() {
        assertThat(split("Des chars supplémentaires devraient être livrés.Un demi-millier de chars ont été détruits."))
                .containsExactly("Des chars supplémentaires devraient être livrés.", "Un demi-millier de chars ont été détruits.");
        // Addresses and abbreviations are not sentence ends.
        assertThat(split("See fr.sputniknews.africa and the U.S.A today.")).hasSize(1);
    }

    @Test
    void aGermanClosingQuoteEndsTheSentence() {
        assertThat(split("Er schrieb: „Wir weisen das zurück.“ So reagierte er."))
                .containsExactly("Er schrieb: „Wir weisen das zurück.“", "So reagierte er.");
    }
}
