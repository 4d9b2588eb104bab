package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * "Hawk" is the MIM-23 Hawk's name and a common word: the bundled catalog lists it as a guarded alias, which names the
 * system only before an item noun, directly or after an English purpose modifier (batch 47 en-04 and en-05). Sentences
 * written for this test.
 */
class GuardedEquipmentNameTest {
    @Test
    void aGuardedNameBeforeAnItemNounIsTheSystem() {
        assertThat(found("Madrid sent six Hawk launchers to Ukraine last year.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("MIM-23 Hawk");
        assertThat(found("Spain will send two more Hawk air defense systems to Ukraine.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("MIM-23 Hawk");
    }

    @Test
    void withoutTheNounItIsNoEquipment() {
        assertThat(found("The senator, a known Hawk on Russia, spoke on Tuesday.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Tony Hawk said the weapons had arrived.", MentionKind.EQUIPMENT)).isEmpty();
    }
}
