package org.enduse.app.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.enduse.app.cli.Cli;
import org.enduse.app.cli.ingest.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue through the real CLI on a real SQLite file, fed by ingesting the sample reports. */
class ReviewCommandsTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void ingest() throws Exception {
        data = tmp.resolve("data");
        var r = Cli.run(data, "ingest", Reports.write(tmp.resolve("reports")).toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private String candidate(String kind, String language) {
        var list = Cli.run(data, "review", "list", "--status", "pending", "--kind", kind, "--language", language);
        assertThat(list.code()).as(list.err()).isZero();
        return list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    }

    @Test
    void showMarksTheEvidenceInTheSourceText() {
        String id = candidate("sighting", "en");
        var show = Cli.run(data, "review", "show", id);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains(id + ": sighting candidate, pending").contains("a-sighting.txt")
                .contains("country      RU").contains(">>>Belgian FN SCAR rifles were seen").contains("in May 2023.<<<");
        assertThat(Cli.run(data, "review", "show", id, "--json").out()).contains("\"evidence\" : \"Belgian FN SCAR");
        assertThat(Cli.run(data, "review", "show", "ca_nothing").err()).contains("no candidate 'ca_nothing'");
    }

    @Test
    void acceptingMakesASightingLinkedToTheSourceAndAuditedWithTheReviewer() {
        String id = candidate("sighting", "en");
        var edit = Cli.run(data, "review", "edit", id, "--observed", "2023-05", "--quantity", "2");
        assertThat(edit.code()).as(edit.err()).isZero();
        var accept = Cli.run(data, "review", "accept", id, "--as-id", "si_from_report");
        assertThat(accept.code()).as(accept.err()).isZero();
        assertThat(accept.out().strip()).isEqualTo("si_from_report");
        assertThat(Cli.run(data, "sightings", "list").out()).contains("si_from_report").contains("2023-05").contains("Belgorod");
        assertThat(Cli.run(data, "sightings", "show", "si_from_report", "--json").out()).contains("\"sourceIds\" : [ \"src_");
        assertThat(Cli.run(data, "review", "list", "--status", "accepted").out()).contains(id);
        var audit = Cli.run(data, "audit", "list", "--type", "candidate").out();
        assertThat(audit).contains(id).contains("update");
        assertThat(Cli.run(data, "audit", "list", "--type", "sighting").out()).contains("si_from_report");

        var twice = Cli.run(data, "review", "accept", id);
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains(id + ": cannot be accepted: it was already accepted by");
        assertThat(Cli.run(data, "review", "reject", id, "--reason", "late").err()).contains("cannot be rejected: it was already accepted");
        assertThat(Cli.run(data, "review", "edit", id, "--place", "Kozinka").err()).contains("cannot be edited");
    }

    @Test
    void rejectingKeepsTheCandidateWithItsReason() {
        String id = candidate("transfer", "nl");
        var reject = Cli.run(data, "review", "reject", id, "--reason", "already recorded as tr_be_2023");
        assertThat(reject.code()).as(reject.err()).isZero();
        var show = Cli.run(data, "review", "show", id).out();
        assertThat(show).contains("rejected by").contains(": already recorded as tr_be_2023");
        assertThat(Cli.run(data, "review", "list", "--status", "rejected", "--format", "json").out())
                .contains("\"reason\" : \"already recorded as tr_be_2023\"");
        assertThat(Cli.run(data, "review", "accept", id).err()).contains("cannot be accepted: it was already rejected");
        assertThat(Cli.run(data, "transfers", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void editValidatesEachValueAndABadOneChangesNothing() {
        String id = candidate("sighting", "en");
        var bad = Cli.run(data, "review", "edit", id, "--place", "Kozinka", "--observed", "2023-02-30", "--country", "XX", "--unit", "crates");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--observed: '2023-02-30' is not a calendar date").contains("--country: unknown country code 'XX'")
                .contains("--unit: 'crates' is not a unit");
        assertThat(Cli.run(data, "review", "show", id).out()).contains("place        Belgorod");
        assertThat(Cli.run(data, "review", "edit", id, "--donor", "BE").err()).contains("--donor: a sighting candidate has no such field");

        String transfer = candidate("transfer", "en");
        assertThat(Cli.run(data, "review", "edit", transfer, "--recipient", "US").code()).isZero();
        var sameCountry = Cli.run(data, "review", "accept", transfer);
        assertThat(sameCountry.code()).isEqualTo(2);
        assertThat(sameCountry.err()).contains("recipient: is the same as the donor (US)");
        assertThat(Cli.run(data, "review", "edit", transfer, "--recipient", "UA", "--announced", "2023-01-19", "--value", "10", "--currency", "EUR")
                .code()).isZero();
        var accepted = Cli.run(data, "review", "accept", transfer);
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(Cli.run(data, "transfers", "show", accepted.out().strip(), "--json").out()).contains("\"donor\" : \"US\"")
                .contains("\"status\" : \"DELIVERED\"").contains("\"sourceIds\" : [ \"src_");
    }
}
