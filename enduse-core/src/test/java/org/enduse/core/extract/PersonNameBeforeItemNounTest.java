package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * "Caesar" is both the French howitzer and a call sign in the actor catalog; an item noun after it ("Caesar
 * howitzers", batches 15, 16 and 40) makes it the howitzer. Sentences written for this test.
 */
class PersonNameBeforeItemNounTest {
    @Test
    void anItemNounAfterTheNameMakesItEquipment() {
        assertThat(found("The soldiers trained on Caesar howitzers in Denmark.", MentionKind.EQUIPMENT)).extracting(Mention::text, Mention::name)
                .containsExactly(tuple("Caesar", "CAESAR"));
        assertThat(found("The soldiers trained on Caesar howitzers in Denmark.", MentionKind.PERSON)).isEmpty();
    }

    @Test
    void oneHyphenatedModifierMayStandBeforeTheNoun() {
        // Batch 45 en-06 (spent): "French 155 mm Caesar self-propelled howitzers" was read as the call sign four times.
        assertThat(found("Paris will supply six Caesar self-propelled howitzers to Kyiv.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("CAESAR");
        assertThat(found("Paris will supply six Caesar self-propelled howitzers to Kyiv.", MentionKind.PERSON)).isEmpty();
        // Two words apart by a space modify nothing: the call sign stays.
        assertThat(found("A fighter called Caesar then said weapons had arrived.", MentionKind.PERSON)).extracting(Mention::text)
                .containsExactly("Caesar");
    }

    @Test
    void withoutOneTheCallSignStays() {
        assertThat(found("A fighter known as Caesar spoke to reporters.", MentionKind.PERSON)).extracting(Mention::text)
                .containsExactly("Caesar");
    }
}
