package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 57's places (docs/devset.md, "Round 57, organisations"): in Ukrainian and Russian a capital that strikes
 * fall on ("по Києву") or that someone visits in the present or future tense is the city. Every sentence is
 * written for this test.
 */
class SlavicCapitalPlacesRound57Test {
    private static List<String> places(String text) {
        return TestExtractions.found(text, MentionKind.PLACE).stream().map(Mention::text).toList();
    }

    private static List<String> countries(String text) {
        return TestExtractions.found(text, MentionKind.COUNTRY).stream().map(Mention::text).toList();
    }

    @Test
    void aCapitalStrikesFallOnIsThePlace() {
        assertThat(places("Росія продовжує удари по Києву.")).containsExactly("Києву");
        assertThat(places("Россия нанесла удары по Киеву.")).containsExactly("Киеву");
    }

    @Test
    void aCapitalVisitedNowOrLaterIsThePlace() {
        assertThat(places("Міністр оборони Греції відвідує Київ.")).containsExactly("Київ");
        assertThat(places("Министры обороны посетят Киев.")).containsExactly("Киев");
    }

    @Test
    void withoutAStrikeOrAVisitTheCapitalStaysItsGovernment() {
        assertThat(countries("Міністр передав ці гроші Києву.")).contains("Києву");
        assertThat(countries("Решение по Киеву примут в Москве завтра.")).contains("Киеву");
    }
}
