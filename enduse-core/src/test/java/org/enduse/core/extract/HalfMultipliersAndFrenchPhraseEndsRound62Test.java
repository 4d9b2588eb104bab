package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Round 62's quantities (docs/devset.md, "Round 62, quantities"): half of a multiplier in French ("un demi-million") and
 * in Russian and Ukrainian ("полмиллиона", "півмільйона", "пів мільйона") is a number; a French count ends at a verb
 * before its noun, and a French word for pieces at a preposition other than "de"; a Russian or Ukrainian count takes in a
 * kind in the genitive plural after a hard stem ("различных калибров") and one said with "with" and an adjective in the
 * instrumental ("с лазерным самонаведением"). Every sentence is written for this test.
 */
class HalfMultipliersAndFrenchPhraseEndsRound62Test {
    private static List<Tuple> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY).stream()
                .map(m -> tuple(m.text(), m.amount().stripTrailingZeros().toPlainString(), m.unit())).toList();
    }

    @Test
    void halfOfAFrenchMultiplierAfterOne() {
        assertThat(counted("La République tchèque a trouvé un demi-million d'obus pour l'Ukraine."))
                .containsExactly(tuple("un demi-million d'obus", "500000", "rounds"));
    }

    @Test
    void halfOfASlavicMultiplierGluedOrApart() {
        assertThat(counted("Чехия нашла полмиллиона снарядов для Украины.")).containsExactly(tuple("полмиллиона снарядов", "500000", "rounds"));
        assertThat(counted("Чехія знайшла півмільйона снарядів для України.")).containsExactly(tuple("півмільйона снарядів", "500000", "rounds"));
        assertThat(counted("Данія передала Україні пів мільйона набоїв.")).containsExactly(tuple("пів мільйона набоїв", "500000", "rounds"));
    }

    @Test
    void halfBeforeNoMultiplierIsNoNumber() {
        assertThat(counted("Il faut une demi-heure pour charger le canon.")).isEmpty();
        assertThat(counted("Він чекав пів року на відповідь.")).isEmpty();
        assertThat(counted("Пол в ангаре был мокрым.")).isEmpty();
        assertThat(counted("Пол-Европы поддержало Украину.")).isEmpty();
    }

    @Test
    void aFrenchVerbEndsTheCountBeforeItsNoun() {
        // Main before this round counted "deux camps utilisent des obus de fabrication soviétique".
        assertThat(counted("Les deux camps utilisent des obus de fabrication soviétique.")).isEmpty();
        assertThat(counted("Deux soldats racontent que des obus manquent.")).containsExactly(tuple("Deux soldats", "2", "persons"));
    }

    @Test
    void theFrenchRelativeDontIsNoVerb() {
        // "dont" ends as a verb does; the count still reads on to the designation, and the transfer keeps it.
        assertThat(TestNames.events("La France a livré 12 VCI dont des Bradley à l'Ukraine.", EventType.TRANSFER))
                .extracting(e -> e.quantity() == null ? null : e.quantity().intValue()).contains(12);
    }

    @Test
    void aFrenchPrepositionEndsWhatPiecesCount() {
        assertThat(counted("La Suède a livré 5 000 exemplaires par avion à l'Ukraine.")).containsExactly(tuple("5 000 exemplaires", "5000", "items"));
        assertThat(counted("La Norvège a livré 18 exemplaires pour l'armée ukrainienne.")).containsExactly(tuple("18 exemplaires", "18", "items"));
        // "de" still opens what the pieces are of, after a modifier too.
        assertThat(counted("La Belgique a livré 20 unités supplémentaires de matériel militaire."))
                .containsExactly(tuple("20 unités supplémentaires de matériel", "20", "items"));
    }

    @Test
    void aRussianKindInTheGenitivePluralOfAHardStem() {
        assertThat(counted("Германия передала Украине 4 миллиона снарядов различных калибров."))
                .containsExactly(tuple("4 миллиона снарядов различных калибров", "4000000", "rounds"));
    }

    @Test
    void aSlavicKindSaidWithWithAndAnAdjective() {
        assertThat(counted("США передали Украине 16 зенитных ракет с лазерным самонаведением."))
                .containsExactly(tuple("16 зенитных ракет с лазерным самонаведением", "16", "items"));
        assertThat(counted("Польща передала Україні 5 гаубиць з новими двигунами.")).containsExactly(tuple("5 гаубиць з новими двигунами", "5", "items"));
    }

    @Test
    void whatComesAlongOrWhereFromStaysOutOfTheSlavicCount() {
        assertThat(counted("Австралия передает шесть таких орудий с боеприпасами.")).containsExactly(tuple("шесть таких орудий", "6", "items"));
        assertThat(counted("Польша передала Украине 14 танков с украинскими экипажами.")).containsExactly(tuple("14 танков", "14", "items"));
        assertThat(counted("Литва передала 3 грузовика с гуманитарной помощью.")).containsExactly(tuple("3 грузовика", "3", "items"));
        assertThat(counted("Германия отправила 20 танков с польской базы.")).containsExactly(tuple("20 танков", "20", "items"));
        // Review 62a: how or when they come is no kind.
        assertThat(counted("Украина получила 50 танков с большой задержкой.")).containsExactly(tuple("50 танков", "50", "items"));
        assertThat(counted("Україна отримала 50 танків з великою затримкою.")).containsExactly(tuple("50 танків", "50", "items"));
        assertThat(counted("Франция передала 12 гаубиц со своей стороны.")).containsExactly(tuple("12 гаубиц", "12", "items"));
    }
}
