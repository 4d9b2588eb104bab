package org.enduse.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A mistake in a catalog data file fails the load with the file, the line and what is wrong. */
class CatalogLoaderTest {
    private static final String BE = "{\"id\":\"BE\",\"kind\":\"STATE\",\"name\":\"Belgium\",\"country\":\"BE\"}";

    private static List<ActorEntry> actors(String file, String text) {
        return CatalogLoader.actors(List.of(Map.entry(file, text)), Map.of(), Map.of());
    }

    private static String problems(Runnable load) {
        try {
            load.run();
        } catch (InvalidInputException e) {
            return String.join("\n", e.problems().stream().map(Object::toString).toList());
        }
        throw new AssertionError("the load should have failed");
    }

    @Test
    void aBrokenJsonLineIsReportedWithItsFileAndLine() {
        String message = problems(() -> actors("x.jsonl", BE + "\n{\"id\":\"a\",\"kind\":\"PERSON\",\"name\":\"A\",\n"));
        assertThat(message).contains("catalog/actors/x.jsonl").contains("row 2");
    }

    @Test
    void anUnknownFieldKindOrCountryIsReported() {
        assertThat(problems(() -> actors("x.jsonl", "{\"id\":\"a\",\"kind\":\"PERSON\",\"name\":\"A\",\"rol\":\"minister\"}")))
                .contains("catalog/actors/x.jsonl: row 1, column rol: unknown field");
        assertThat(problems(() -> actors("x.jsonl", BE + "\n\n{\"id\":\"a\",\"kind\":\"ALLY\",\"name\":\"A\"}"))).contains("row 3").contains("ALLY");
        assertThat(problems(() -> actors("x.jsonl", "{\"id\":\"a\",\"kind\":\"UNIT\",\"name\":\"A\",\"country\":\"XQ\"}"))).contains("row 1");
    }

    @Test
    void aTermMustHaveRealDatesInOrder() {
        assertThat(problems(() -> actors("p.jsonl", "{\"id\":\"a\",\"kind\":\"PERSON\",\"name\":\"A\",\"terms\":[{\"role\":\"minister\",\"from\":\"2023-13-01\"}]}")))
                .contains("catalog/actors/p.jsonl: row 1, column terms[0].from/to");
        assertThat(problems(() -> actors("p.jsonl", "{\"id\":\"a\",\"kind\":\"PERSON\",\"name\":\"A\",\"role\":\"minister\",\"from\":\"2024-05-01\",\"to\":\"2023-01-01\"}")))
                .contains("row 1").contains("ends (2023-01-01) before it starts (2024-05-01)");
    }

    @Test
    void personsKeepEveryOfficeInOrder() {
        var entry = actors("p.jsonl", "{\"id\":\"a\",\"kind\":\"PERSON\",\"name\":\"A\",\"terms\":[{\"role\":\"president\",\"from\":\"2012-05-07\"},"
                + "{\"role\":\"prime minister\",\"from\":\"2008-05-08\",\"to\":\"2012-05-07\"}],\"sources\":[\"official records\"]}").get(0);
        assertThat(entry.terms()).extracting(Term::role).containsExactly("prime minister", "president");
        assertThat(entry.latestTerm().describe()).isEqualTo("president, 2012-05-07 to open");
        assertThat(entry.sources()).containsExactly("official records");
    }

    @Test
    void stateTablesReportBadRowsAndUnknownStates() {
        String bad = "# comment\ncode\tuk\tpl\nDE\tнімецький\tniemiecki\nFR\tФранція\tfrancuski\nPL\tпольський\n";
        assertThat(problems(() -> StateForms.read(List.of(Map.entry("slavic.tsv", bad)), "catalog/demonyms/", true)))
                .contains("catalog/demonyms/slavic.tsv: row 4, column uk: 'Франція' is not a uk adjective ending in -ий")
                .contains("catalog/demonyms/slavic.tsv: row 5: 2 columns, the header has 3");
        assertThat(problems(() -> StateForms.read(List.of(Map.entry("x.tsv", "code\tes\n")), "catalog/demonyms/", true)))
                .contains("column es: not one of the languages");
        var forms = StateForms.read(List.of(Map.entry("t.tsv", "code\tuk\nXQ\tнімецький\n")), "catalog/demonyms/", true);
        assertThatThrownBy(() -> CatalogLoader.actors(List.of(Map.entry("s.jsonl", BE)), forms, Map.of()))
                .hasMessageContaining("'XQ' is not a state of the catalog");
    }

    @Test
    void stateTablesAddTheirFormsToTheState() {
        var demonyms = StateForms.read(List.of(Map.entry("t.tsv", "code\tuk\tfr\nBE\tбельгійський\tbelge\n")), "catalog/demonyms/", true);
        var capitals = StateForms.read(List.of(Map.entry("c.tsv", "code\ten\nBE\tBrussels|Bruxelles\n")), "catalog/capitals/", false);
        var be = CatalogLoader.actors(List.of(Map.entry("s.jsonl", BE)), demonyms, capitals).get(0);
        assertThat(be.demonyms().get("uk")).contains("бельгійські", "бельгійського");
        assertThat(be.demonyms().get("fr")).containsExactly("belge", "belges");
        assertThat(be.capital().get("en")).containsExactly("Brussels", "Bruxelles");
    }
}
