package org.enduse.app.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.Test;

/** The catalog commands on the bundled actors, through the real command line. */
class CatalogActorCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void resolveShowsAnOfficialsOfficeAndTermInTextAndJson() throws Exception {
        assertThat(run("catalog", "resolve", "Резніков")).isZero();
        assertThat(out.toString()).contains("Oleksii Reznikov [oleksii-reznikov]  person of UA (Minister of Defence of Ukraine, 2021-11-04 to 2023-09-05)");
        out.getBuffer().setLength(0);
        assertThat(run("catalog", "resolve", "--format", "jsonl", "Шойгу")).isZero();
        var candidate = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow()).get("candidates").get(0);
        assertThat(candidate.get("id").asText()).isEqualTo("sergei-shoigu");
        assertThat(candidate.get("offices").get(1).get("role").asText()).isEqualTo("Secretary of the Security Council of Russia");
        assertThat(candidate.get("offices").get(1).get("to").isNull()).isTrue();
    }

    @Test
    void showListsKindParentNamesAndSources() {
        assertThat(run("catalog", "show", "ua-azov")).isZero();
        assertThat(out.toString()).contains("kind:      unit", "country:   UA", "part of:   ua-ngu", "полк «Азов»", "sources:");
        out.getBuffer().setLength(0);
        assertThat(run("catalog", "show", "DE")).isZero();
        assertThat(out.toString()).contains("demonyms (uk):", "німецьких", "capital (de): Berlin");
    }

    @Test
    void statsCountEveryActorKindAndTheStatesWithDemonyms() {
        assertThat(run("catalog", "stats")).isZero();
        assertThat(out.toString()).contains("armed_group", "government_body", "international_body", "media_outlet", "person", "unit",
                "research_organization", "states with demonyms, by language:", "states with a capital:");
    }
}
