package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

    /**
     * Round 54: a word for class or type next to a guarded name, and in Ukrainian and Russian an item noun before it,
     * say that the ship class or the system is named (batch 50's "de classe Alkmaar", "катера типа Island", batch 56's
     * "системы противовоздушной обороны Hawk"); the quantity then runs to the class name.
     */
    @Test
    void aWordForClassOrANounBeforeItNamesTheType() {
        assertThat(found("La Belgique livre deux dragueurs de mines de classe Alkmaar à l'Ukraine.", MentionKind.EQUIPMENT))
                .extracting(Mention::text, Mention::name).containsExactly(tuple("Alkmaar", "Alkmaar-class minehunter"));
        assertThat(found("La Belgique livre deux dragueurs de mines de classe Alkmaar à l'Ukraine.", MentionKind.QUANTITY))
                .extracting(Mention::text).containsExactly("deux dragueurs de mines de classe Alkmaar");
        assertThat(found("В Одессу прибыли два патрульных катера типа Island.", MentionKind.QUANTITY))
                .extracting(Mention::text).containsExactly("два патрульных катера типа Island");
        assertThat(found("В Одессу прибыли два патрульных катера типа Island.", MentionKind.COUNTRY)).isEmpty();
        assertThat(found("The Netherlands will deliver two Alkmaar-class minesweepers to Ukraine.", MentionKind.EQUIPMENT)).extracting(Mention::text)
                .containsExactly("Alkmaar");
        assertThat(found("Испания передает Украине четыре системы противовоздушной обороны Hawk.", MentionKind.EQUIPMENT))
                .extracting(Mention::text).containsExactly("Hawk");
    }

    @Test
    void theTownTheCountryAndTheWordStayWhatTheyAre() {
        assertThat(found("The minesweepers were built in Alkmaar in the 1980s.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Die Regierung in Island lehnt Waffenlieferungen ab.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Die Regierung in Island lehnt Waffenlieferungen ab.", MentionKind.COUNTRY)).extracting(Mention::name)
                .containsExactly("Iceland");
        assertThat(found("Ada Lovelace visited the shipyard in Istanbul.", MentionKind.EQUIPMENT)).isEmpty();
    }
}
