package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18's counts (docs/devset.md, "Round 18, quantities"): nouns of states, units, settlements,
 * deliveries and companies counted in every language and after spelled-out numbers, a spelled-out
 * number after a determiner or "between" that names parties again, and a second noun in the same
 * case joined by "and" in German, Russian and Ukrainian. Every sentence is written for this test.
 */
class CountedNounsTest {
    private static List<String> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY).stream().map(Mention::text).toList();
    }

    @Test
    void countedNounsAreReadAfterSpelledOutNumbersInEveryLanguage() {
        assertThat(counted("Seven towns lost power.")).containsExactly("Seven towns");
        assertThat(counted("Drie landen steunen het plan.")).containsExactly("Drie landen");
        assertThat(counted("Quinze pays ont rejoint la coalition.")).containsExactly("Quinze pays");
        assertThat(counted("Die Armee stellte zwei Bataillone auf.")).containsExactly("zwei Bataillone");
    }

    @Test
    void everyCaseASlavicNumeralGovernsMeetsTheListedNoun() {
        assertThat(counted("Командование перебросило два танковых батальона.")).containsExactly("два танковых батальона");
        assertThat(counted("В операции участвовали пять бригад.")).containsExactly("пять бригад");
        // A genitive plural without an ending, after figures: no plural ending told it before.
        assertThat(counted("Про це заявили 12 країн.")).containsExactly("12 країн");
    }

    @Test
    void aSpelledOutNumberThatNamesPartiesAgainCountsNothing() {
        assertThat(counted("The two countries said more would follow.")).isEmpty();
        assertThat(counted("Les deux pays n'ont rien dit.")).isEmpty();
        assertThat(counted("Об этом договорились между двумя странами.")).isEmpty();
        // A figure is a reported count even after an article.
        assertThat(counted("Zu den 50 geplanten Lieferungen gehört ein Paket.")).containsExactly("50 geplanten Lieferungen");
    }

    @Test
    void aCountedNounIsTheHeadUnlessItsItemsFollow() {
        assertThat(counted("Two countries offered generators.")).containsExactly("Two countries");
        assertThat(counted("They sent two battalions of tanks.")).containsExactly("two battalions of tanks");
    }

    @Test
    void aSecondNounInTheSameCaseIsCountedWithTheFirst() {
        assertThat(counted("Auf dem Hof standen vier Schwerlaster und zugehörige Auflieger.")).containsExactly("vier Schwerlaster und zugehörige Auflieger");
        assertThat(counted("Склады получили 40 тысяч перевязочных материалов и индивидуальных пакетов."))
                .containsExactly("40 тысяч перевязочных материалов и индивидуальных пакетов");
        // A number after "and" begins a count of its own.
        assertThat(counted("Geliefert wurden zweitausend Schuss Munition und vier Lastwagen.")).containsExactly("zweitausend Schuss Munition", "vier Lastwagen");
        // English marks no case: "and" parts the nouns.
        assertThat(counted("They sent 40 trucks and trailers.")).containsExactly("40 trucks");
    }
}
