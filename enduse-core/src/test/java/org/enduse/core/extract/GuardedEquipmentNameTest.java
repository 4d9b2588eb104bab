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

    /**
     * After review of round 54: a word for class or type alone names no type. Before the name it must follow an item
     * noun, after it an item noun must follow it ("Alkmaar-class minesweepers", "Island class patrol boats").
     */
    @Test
    void aClassWordWithoutAnItemNounNamesNoType() {
        assertThat(found("The Island class of problems is hard, said a Dutch minister about the delivery of tanks to Ukraine.",
                MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Бизнес класса Island ... Нидерланды передали Украине танки.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Les élèves de la classe Ada ont écrit au ministre.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Un vol Island classe économique a été réservé pour la délégation.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("The Hawk model of leadership is popular, said the minister.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Das Island Modell der Wirtschaft ist bekannt, sagte der Minister.", MentionKind.EQUIPMENT)).isEmpty();
    }

    @Test
    void besideAnItemNounTheClassWordStillNamesIt() {
        assertThat(found("Ukraine will receive two Alkmaar-class minesweepers from the Netherlands.", MentionKind.EQUIPMENT))
                .extracting(Mention::name).containsExactly("Alkmaar-class minehunter");
        assertThat(found("Ukraine received two Island class patrol boats from the United States.", MentionKind.EQUIPMENT))
                .extracting(Mention::name).containsExactly("Island-class patrol boat");
        assertThat(found("La Belgique livrera à l'Ukraine un dragueur de mines de classe Alkmaar.", MentionKind.EQUIPMENT))
                .extracting(Mention::name).containsExactly("Alkmaar-class minehunter");
        assertThat(found("США передали Украине катера типа Island.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("Island-class patrol boat");
        assertThat(found("Die Niederlande haben der Ukraine zwei Minenjagdboote der Alkmaar-Klasse übergeben.", MentionKind.EQUIPMENT))
                .extracting(Mention::name).containsExactly("Alkmaar-class minehunter");
    }
    /**
     * Round 61: "Milan" is the MILAN anti-tank missile and the Italian city. The catalog guards the bare name, so it
     * names the missile only beside an item noun ("Milan missiles", "Milan anti-tank missiles", "ракет Milan"); batches 53-62
     * read it as the town four times in two Ukrainian reports of French missiles. Sentences written for this test.
     */
    @Test
    void aTownThatNamesAMissileIsTheMissileBesideAnItemNoun() {
        assertThat(found("France will send Milan anti-tank missiles to Ukraine.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("MILAN");
        assertThat(found("France will send Milan anti-tank missiles to Ukraine.", MentionKind.PLACE)).isEmpty();
        assertThat(found("Франція поставить Україні партію протитанкових ракет Milan.", MentionKind.EQUIPMENT)).extracting(Mention::name)
                .containsExactly("MILAN");
        assertThat(found("Франция передаст Украине противотанковые ракеты Milan.", MentionKind.PLACE)).isEmpty();
    }

    @Test
    void theCityMilanStaysAPlace() {
        assertThat(found("The defence ministers met in Milan on Monday.", MentionKind.PLACE)).extracting(Mention::name).containsExactly("Milan");
        assertThat(found("The defence ministers met in Milan on Monday.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Переговоры о ракетах прошли в Милане.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("Міністри зустрілися у Мілані, щоб обговорити ракети.", MentionKind.EQUIPMENT)).isEmpty();
        assertThat(found("The Milan summit did not discuss missiles.", MentionKind.EQUIPMENT)).isEmpty();
    }
}
