package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 55's places (docs/devset.md, "Round 55, quantities"): a capital that attacks fall on is the
 * city, in Dutch, German and French, where the preposition alone does not say so. Every sentence is
 * written for this test.
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
}
