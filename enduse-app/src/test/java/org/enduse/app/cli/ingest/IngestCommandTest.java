package org.enduse.app.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.app.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest through the real CLI into a real SQLite file. */
class IngestCommandTest {
    private static final Path DEMO_REPORTS = Path.of("src/main/resources/demo/reports");
    private static final Path SEEDS = Path.of("/work/shared/seeds");

    @TempDir
    Path tmp;

    @Test
    void storesEachReportWithItsFindingsAndReingestingChangesNothing() throws Exception {
        Path data = tmp.resolve("data"), reports = Reports.write(tmp.resolve("reports"));
        var first = Cli.run(data, "ingest", "--format", "json", reports.toString());
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(first.out());
        assertThat(summary.at("/documents/new").asInt()).isEqualTo(3);
        assertThat(summary.at("/languages/en").asInt()).isEqualTo(2);
        assertThat(summary.at("/languages/nl").asInt()).isEqualTo(1);
        assertThat(summary.at("/created/candidates").asInt()).isEqualTo(3);
        var counts = Reports.rowCounts(data);
        assertThat(counts.get("sources")).isEqualTo(3);
        assertThat(counts.get("source_texts")).isEqualTo(3);
        assertThat(counts.get("mentions")).isEqualTo(summary.at("/created/mentions").asLong()).isPositive();
        assertThat(counts.get("events")).isEqualTo(summary.at("/created/events").asLong());
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM candidates WHERE kind = 'sighting' AND status = 'pending'")).isEqualTo(1);
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM sources WHERE sha256 IS NOT NULL AND language IS NOT NULL")).isEqualTo(3);
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM sightings")).as("nothing is confirmed without a reviewer").isZero();

        var again = Cli.run(data, "ingest", reports.toString(), reports.resolve("a-sighting.txt").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("documents: 4 read, 0 new, 4 already ingested").contains("errors: 0");
        assertThat(Reports.rowCounts(data)).isEqualTo(counts);
    }

    @Test
    void aBrokenDocumentIsReportedAndTheOthersAreStored() throws Exception {
        Path data = tmp.resolve("data"), reports = Reports.write(tmp.resolve("reports"));
        Files.write(reports.resolve("b2-binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 8});
        var r = Cli.run(data, "ingest", reports.toString(), tmp.resolve("missing.txt").toString(), "ftp://example.org/x",
                "http://127.0.0.1:9/report");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("b2-binary.txt: binary:").contains("missing.txt: not found:").contains("ftp://example.org/x: unsupported:")
                .contains("http://127.0.0.1:9/report: forbidden address:");
        assertThat(r.out()).contains("documents: 3 read, 3 new").contains("errors: 4 (binary 1, forbidden address 1, not found 1, unsupported 1)");
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM sources")).isEqualTo(3);
    }

    @Test
    void aFailedWriteLeavesNothingOfThatDocumentAndTheRunGoesOn() throws Exception {
        Path data = tmp.resolve("data"), reports = Reports.write(tmp.resolve("reports"));
        assertThat(Cli.run(data, "ingest", "--format", "json", reports.resolve("a-sighting.txt").toString()).code()).isZero();
        // The database itself refuses the events of one document, half-way through its write.
        try (var c = Reports.open(data)) {
            c.createStatement().execute("CREATE TRIGGER fail_one BEFORE INSERT ON events WHEN NEW.source_id IN "
                    + "(SELECT source_id FROM source_texts WHERE body LIKE '%Pentagon%') BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }
        var r = Cli.run(data, "ingest", reports.toString());
        assertThat(r.err()).contains("c-transfer.txt: store: could not be stored, nothing of it was kept").contains("injected failure");
        assertThat(r.out()).contains("documents: 2 read, 1 new, 1 already ingested").contains("errors: 1 (store 1)");
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM sources")).isEqualTo(2);
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM source_texts WHERE body LIKE '%Pentagon%'")).isZero();
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM mentions WHERE source_id NOT IN (SELECT id FROM sources)")).isZero();
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM audit WHERE detail LIKE '%c-transfer.txt%'")).isZero();
        try (var c = Reports.open(data)) {
            c.createStatement().execute("DROP TRIGGER fail_one");
        }
        assertThat(Cli.run(data, "ingest", reports.toString()).out()).contains("1 new, 2 already ingested");
    }

    @Test
    void aDocumentFailingInTheMiddleOfABatchLosesOnlyItself() throws Exception {
        // Five documents read in one go are stored in one transaction; the database refuses the third one's events.
        Path data = tmp.resolve("data"), reports = Files.createDirectories(tmp.resolve("reports"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(reports.resolve(i + "-report.txt"), (i == 3 ? "The refused one. " : "") + Reports.SIGHTING + "Report " + i + ".\n");
        }
        assertThat(Cli.run(data, "ingest", tmp.resolve("missing.txt").toString()).code()).isZero();
        try (var c = Reports.open(data)) {
            c.createStatement().execute("CREATE TRIGGER fail_one BEFORE INSERT ON events WHEN NEW.source_id IN "
                    + "(SELECT source_id FROM source_texts WHERE body LIKE '%refused%') BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }
        var r = Cli.run(data, "ingest", reports.toString());
        assertThat(r.err()).contains("3-report.txt: store: could not be stored, nothing of it was kept").contains("injected failure")
                .doesNotContain("1-report.txt").doesNotContain("5-report.txt");
        assertThat(r.out()).contains("documents: 4 read, 4 new").contains("errors: 1 (store 1)");
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM sources")).isEqualTo(4);
        assertThat(Reports.count(data, "SELECT COUNT(DISTINCT source_id) FROM events")).isEqualTo(4);
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM source_texts WHERE body LIKE '%refused%'")).isZero();
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM mentions WHERE source_id NOT IN (SELECT id FROM sources)")).isZero();
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM audit WHERE detail LIKE '%3-report.txt%'")).isZero();
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM audit WHERE detail LIKE '%5-report.txt%'")).isOne();
        assertThat(Reports.count(data, "SELECT MAX(seq) - COUNT(*) FROM audit")).as("no audit numbers lost to the rolled-back document").isZero();
        try (var c = Reports.open(data)) {
            c.createStatement().execute("DROP TRIGGER fail_one");
        }
        assertThat(Cli.run(data, "ingest", reports.toString()).out()).contains("1 new, 4 already ingested");
    }

    @Test
    void demoReportsInSeveralLanguagesAreGroupedIntoStories() throws Exception {
        Path data = tmp.resolve("data");
        var r = Cli.run(data, "ingest", "--format", "json", DEMO_REPORTS.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.at("/languages").size()).isGreaterThanOrEqualTo(5);
        assertThat(summary.at("/created/stories").asInt()).isPositive();
        assertThat(Reports.count(data, "SELECT COUNT(DISTINCT story_id) FROM story_sources")).isEqualTo(summary.at("/created/stories").asLong());
        assertThat(Reports.count(data, "SELECT COUNT(*) FROM candidates WHERE language = 'ru' AND holder_actor_id IS NOT NULL")).isPositive();
    }

    @Test
    void theRealSeedReportsGiveASightingCandidate() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no " + SEEDS + " on this machine");
        Path data = tmp.resolve("data");
        try (var files = Files.list(SEEDS)) {
            String[] reports = files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().map(Path::toString)
                    .toArray(String[]::new);
            assumeTrue(reports.length == 4, "expected the 4 seed reports, found " + reports.length);
            var args = new java.util.ArrayList<>(java.util.List.of("ingest"));
            args.addAll(java.util.List.of(reports));
            var r = Cli.run(data, args.toArray(String[]::new));
            assertThat(r.out()).as(r.err()).contains("documents: 4 read, 4 new").contains("errors: 0");
        }
        var list = Cli.run(data, "review", "list", "--kind", "sighting", "--status", "pending");
        assertThat(list.out().lines().skip(1)).isNotEmpty().allMatch(line -> line.contains("sighting"));
    }

    @Test
    void progressLinesOnlyWhenAskedForOrOnATerminal() throws Exception {
        Path data = tmp.resolve("data"), reports = Reports.write(tmp.resolve("reports"));
        assertThat(Cli.run(data, "ingest", reports.toString()).err()).isEmpty();
        var r = Cli.run(tmp.resolve("other"), "ingest", "--progress", reports.toString());
        // A slow start (loading the dictionaries) may add a line a second before the last one, which has the totals.
        assertThat(r.err().lines().toList()).isNotEmpty().allMatch(line -> line.matches("ingest: \\d documents \\(\\d new, 0 failed\\), \\d+ s"))
                .last().asString().startsWith("ingest: 3 documents (3 new, 0 failed)");
    }
}
