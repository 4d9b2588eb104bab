package org.enduse.app.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.enduse.app.cli.Cli;
import org.enduse.app.cli.SampleRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's decision on a potential violation, stored and applied by every later assess, on a real SQLite store. */
class VerdictCommandTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void loadAndAssess() {
        data = tmp.resolve("data");
        SampleRecords.load(data, tmp);
        SampleRecords.ok(data, "assess");
    }

    @Test
    void aConfirmationMakesAConfirmedViolationThatLaterRunsKeep() {
        var confirm = SampleRecords.ok(data, "verdict", "confirm", "s-scar-belgorod", "--transfer", "be-2023-01", "--note", "serials match");
        assertThat(confirm.out()).contains("s-scar-belgorod against be-2023-01/l1: confirmed by").contains("verdict now violation_confirmed");
        assertThat(SampleRecords.ok(data, "assess").out()).containsPattern("s-scar-belgorod +fn-scar +be-2023-01/l1 +violation_confirmed")
                .contains("0 of 6 sightings re-evaluated");
        assertThat(SampleRecords.ok(data, "assess", "--all").out()).containsPattern("s-scar-belgorod .*violation_confirmed");
        assertThat(SampleRecords.ok(data, "audit", "list").out()).contains("assessment_review");
    }

    @Test
    void aRejectionMakesItCompliantAndCanBeReversed() {
        assertThat(SampleRecords.ok(data, "verdict", "reject", "s-scar-belgorod", "--transfer", "be-2023-01", "--note", "a training video").out())
                .contains("verdict now compliant");
        assertThat(SampleRecords.ok(data, "verdict", "confirm", "s-scar-belgorod", "--transfer", "be-2023-01", "--note", "second look").out())
                .contains("verdict now violation_confirmed");
    }

    @Test
    void decisionsOnWhatIsNotAPotentialViolationAreRefusedByName() {
        var compliant = Cli.run(data, "verdict", "confirm", "s-m777-bakhmut", "--transfer", "us-2022-m777", "--note", "x");
        assertThat(compliant.code()).isEqualTo(2);
        var noCandidate = Cli.run(data, "verdict", "confirm", "s-scar-belgorod", "--transfer", "pl-2022-mrap", "--note", "x");
        assertThat(noCandidate.code()).isEqualTo(2);
        assertThat(noCandidate.err()).contains("s-scar-belgorod has no candidate line in pl-2022-mrap");
        var unknown = Cli.run(data, "verdict", "confirm", "s-nothing", "--transfer", "be-2023-01", "--note", "x");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("s-nothing");
    }
}
