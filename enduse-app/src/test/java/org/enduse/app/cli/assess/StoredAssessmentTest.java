package org.enduse.app.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.enduse.app.AppContext;
import org.enduse.app.cli.Cli;
import org.enduse.app.cli.SampleRecords;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.SightingResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assess stores its results and re-evaluates only what changed; alerts and explain read what it stored. On a real SQLite store. */
class StoredAssessmentTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void loadSamples() {
        data = tmp.resolve("data");
        SampleRecords.load(data, tmp);
    }

    private Cli.Result ok(String... args) {
        return SampleRecords.ok(data, args);
    }

    private <T> T stored(java.util.function.Function<org.enduse.core.storage.Repositories, T> read) {
        try (var app = AppContext.open(data)) {
            return app.store().read(read);
        }
    }

    @Test
    void aSecondRunReEvaluatesNothingAndANewSightingOnlyItself() {
        assertThat(ok("assess").out()).containsPattern("s-scar-belgorod +fn-scar +be-2023-01/l1 +potential_violation")
                .contains("6 of 6 sightings re-evaluated (all)");
        assertThat(ok("assess").out()).contains("0 of 6 sightings re-evaluated (changed since the last run)")
                .containsPattern("s-scar-belgorod +fn-scar +be-2023-01/l1 +potential_violation");

        ok("sightings", "add", "--id", "s-new", "--equipment", "fn-scar", "--observed", "2023-06-01", "--place", "Shebekino", "--country", "RU",
                "--region", "RU-BEL", "--holder", "rdk");
        assertThat(ok("assess").out()).contains("1 of 7 sightings re-evaluated (changed since the last run)")
                .containsPattern("s-new +fn-scar +be-2023-01/l1 +potential_violation");
        assertThat(ok("alerts", "--since", "2023-06").out()).contains("s-new").doesNotContain("s-scar-belgorod");
        assertThat(ok("assess", "--all").out()).contains("7 of 7 sightings re-evaluated (all)");
    }

    @Test
    void newTermsReEvaluateOnlyTheSightingsAttributedToTheTransferAndNewLinesTheirWholeFamily() throws Exception {
        // A SCAR seen before Belgium's rifles could have arrived: of their family, but ruled out as their source.
        ok("sightings", "add", "--id", "s-old", "--equipment", "fn-scar", "--observed", "2021-06-01", "--place", "Kyiv", "--country", "UA");
        ok("assess");
        Set<String> attributed = stored(repos -> repos.assessments().withCandidateIn("be-2023-01"));
        assertThat(attributed).containsExactly("s-scar-belgorod");

        // The same package, now also permitted in Russia's Belgorod region: only its terms change.
        List<String> rows = Files.readAllLines(SampleRecords.file("transfers", tmp), StandardCharsets.UTF_8);
        String be = rows.stream().filter(r -> r.startsWith("be-2023-01,")).findFirst().orElseThrow().replace(",EUR,UA,ua-afu,", ",EUR,UA;RU-BEL,ua-afu,");
        Path changed = Files.write(tmp.resolve("be.csv"), List.of(rows.get(0), be), StandardCharsets.UTF_8);
        ok("transfers", "import", "--upsert", changed.toString());

        assertThat(ok("assess").out()).contains("1 of 7 sightings re-evaluated (changed since the last run)");
        String explain = ok("explain", "s-scar-belgorod").out();
        assertThat(explain).contains("s-scar-belgorod against be-2023-01/l1").doesNotContain("UNAUTHORISED_LOCATION").contains("UNAUTHORISED_END_USER");

        // A change of lines (now 100 rifles) can make the transfer a candidate anew: its whole family is re-evaluated.
        Files.write(changed, List.of(rows.get(0), be.replace(",l1,fn-scar,FN SCAR rifles,,", ",l1,fn-scar,FN SCAR rifles,100,")), StandardCharsets.UTF_8);
        ok("transfers", "import", "--upsert", changed.toString());
        assertThat(ok("assess").out()).contains("2 of 7 sightings re-evaluated (changed since the last run)");
        assertThat(ok("explain", "s-old").out()).contains("s-old: no candidate").contains("ruled out: be-2023-01/l1");
    }

    @Test
    void storedAlertsAreTheEnginesAlertsAndExplainNeedsARun() {
        assertThat(Cli.run(data, "explain", "s-scar-belgorod").err()).contains("s-scar-belgorod has not been assessed yet: run enduse assess");
        assertThat(Cli.run(data, "explain", "s-none").err()).contains("no sighting with id 's-none'");
        assertThat(ok("alerts").out()).contains("0 alerts");
        ok("assess");
        List<Alert> fromStore = SightingResult.alerts(stored(repos -> repos.assessments().list()), null, null);
        List<Alert> computed;
        try (var app = AppContext.open(data)) {
            computed = app.assessmentEngine().alerts(null, null);
        }
        assertThat(key(fromStore)).isEqualTo(key(computed)).isNotEmpty();
        assertThat(ok("alerts", "--donor", "BE").out()).containsPattern("2023-05-22 +s-scar-belgorod +be-2023-01/l1 BE->UA  potential_violation")
                .contains("as of the last enduse assess");
        assertThat(ok("explain", "s-scar-belgorod").out()).contains("causes: UNAUTHORISED_LOCATION").contains("evidence: src-01-en");
    }

    private static List<String> key(List<Alert> alerts) {
        return alerts.stream().map(a -> String.join(" ", a.sightingId(), a.transferId(), a.lineId(), a.verdict().name(), a.causes().toString(),
                String.valueOf(a.rank()), String.valueOf(a.ambiguous()))).collect(Collectors.toList());
    }
}
