package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 55's places (docs/devset.md, "Round 55, quantities"): a capital that attacks fall on is the
 * city, in Dutch, German and French, where the preposition alone does not say so; after the review
 * (branch fix55q), not an attack made in words. Every sentence is written for this test.
 */
class StruckCapitalTest {
    private static List<String> places(String text) {
        return TestExtractions.found(text, MentionKind.PLACE).stream().map(Mention::text).toList();
    }

    @Test
    void aCapitalAttacksFallOnIsThePlace() {
        assertThat(places("De droneaanvallen op Moskou gingen die nacht door.")).containsExactly("Moskou");
        assertThat(places("Nach den Raketenangriffen auf Kiew fiel der Strom aus.")).containsExactly("Kiew");
        assertThat(places("Les frappes de drones sur Moscou ont repris.")).containsExactly("Moscou");
    }

    @Test
    void withoutANounOfAttackTheCapitalStaysItsGovernment() {
        assertThat(places("Hij reageerde op Moskou met een verklaring.")).isEmpty();
        assertThat(places("Die Regierung wartet auf Kiew.")).isEmpty();
    }

    @Test
    void anAttackInWordsLeavesTheCapitalItsGovernment() {
        assertThat(places("Met die aanval op Parijs verweet Moskou de Fransen escalatie.")).isEmpty();
        assertThat(places("Der Angriff auf Warschau kam prompt: Moskau wirft Warschau Provokation vor.")).isEmpty();
        assertThat(places("Les attaques politiques contre Londres se multiplient.")).isEmpty();
        // A single attack with no words of reproach is a blow.
        assertThat(places("Het leger voerde een aanval op Kyiv uit.")).containsExactly("Kyiv");
    }
}
