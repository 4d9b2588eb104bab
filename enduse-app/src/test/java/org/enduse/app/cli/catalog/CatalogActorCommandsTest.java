package org.enduse.app.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.enduse.app.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog commands on the bundled actors, through the real command line. */
class CatalogActorCommandsTest {
    @TempDir
    Path data;

    private String out(String... args) {
        Cli.Result result = Cli.run(data, args);
        assertThat(result.code()).as(result.err()).isZero();
        return result.out();
    }

    @Test
    void resolveShowsAnOfficialsOfficeAndTermInTextAndJson() throws Exception {
        assertThat(out("catalog", "resolve", "Резніков")).contains("Oleksii Reznikov [oleksii-reznikov]  person of UA (Minister of Defence of Ukraine, 2021-11-04 to 2023-09-05)");
        String json = out("catalog", "resolve", "--format", "jsonl", "Шойгу");
        var candidate = new ObjectMapper().readTree(json.lines().findFirst().orElseThrow()).get("candidates").get(0);
        assertThat(candidate.get("id").asText()).isEqualTo("sergei-shoigu");
        assertThat(candidate.get("offices").get(1).get("role").asText()).isEqualTo("Secretary of the Security Council of Russia");
        assertThat(candidate.get("offices").get(1).get("to").isNull()).isTrue();
    }

    @Test
    void showListsKindParentNamesAndSources() {
        assertThat(out("catalog", "show", "ua-azov")).contains("kind:      unit", "country:   UA", "part of:   ua-ngu", "полк «Азов»", "sources:");
        assertThat(out("catalog", "show", "DE")).contains("demonyms (uk):", "німецьких", "capital (de): Berlin");
    }

    @Test
    void statsCountEveryActorKindAndTheStatesWithDemonyms() {
        assertThat(out("catalog", "stats")).contains("armed_group", "government_body", "international_body", "media_outlet", "person", "unit",
                "research_organization", "states with demonyms, by language:", "states with a capital:");
    }
}
