package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** Auxiliaries come from the lexicon per language: a word that is one in another language is none here. Sentences written for these tests. */
class AuxiliariesTest {
    @Test
    void anEnglishUnnamedSpeakerKeepsItsArticle() {
        // The French perfect's "a" is no English auxiliary: the credit is the phrase as written.
        assertThat(events("A Russian diplomat stressed that the tanks supplied to Kyiv are used against civilians.", EventType.STATEMENT))
                .extracting(Event::attributedTo).containsExactly("A Russian diplomat");
    }
}
