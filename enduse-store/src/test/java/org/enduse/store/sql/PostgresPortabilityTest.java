package org.enduse.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.extract.Event;
import org.enduse.core.extract.EventType;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Mention;
import org.enduse.core.extract.MentionKind;
import org.enduse.core.extract.Story;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.review.CandidateField;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.CandidateQuery;
import org.enduse.core.review.CandidateStatus;
import org.enduse.core.review.EventCandidates;
import org.enduse.core.source.Source;
import org.enduse.core.common.CountryCode;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.TransferQuery;
import org.enduse.store.sqlite.Samples;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same migrations and repository SQL on a real PostgreSQL server (started from the embedded
 * binaries), so "portable" is checked rather than hoped. Only db/vendor differs between databases.
 */
class PostgresPortabilityTest {
    private static EmbeddedPostgres server;
    private static Jdbi jdbi;

    @BeforeAll
    static void startAndMigrate() throws Exception {
        server = EmbeddedPostgres.builder().start();
        DataSource ds = server.getPostgresDatabase();
        Migrations.migrate(ds, "postgresql");
        jdbi = Jdbi.create(ds);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void recordsAndAuditEntriesRoundTripThroughTheSameSql() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.writing(h, "alice", clock);
            repos.transfers().save(Samples.transfer("tr_pg"));
            repos.sightings().save(Samples.sighting("si_pg"));
            repos.sources().save(Samples.source("src_pg"));
            // Saved again: the update path (UPDATE plus rewritten child rows) runs too.
            repos.transfers().save(Samples.transfer("tr_pg"));
            repos.sightings().save(Samples.sighting("si_pg"));
            repos.sources().save(Samples.source("src_pg"));
        });
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.reading(h);
            assertThat(repos.transfers().find("tr_pg")).contains(Samples.transfer("tr_pg"));
            assertThat(repos.sightings().find("si_pg")).contains(Samples.sighting("si_pg"));
            assertThat(repos.sources().find("src_pg")).contains(Samples.source("src_pg"));
            assertThat(repos.transfers().list(new TransferQuery(CountryCode.of("BE"), null, "scar", LifecycleStatus.DELIVERED))).hasSize(1);
            assertThat(repos.sightings().list(new SightingQuery("rdk", CountryCode.of("RU"), null, null))).hasSize(1);
            assertThat(repos.audit().list(null, null, 0)).extracting(AuditEntry::action)
                    .containsExactly("create", "create", "create", "update", "update", "update");
            assertThat(repos.audit().list(null, null, 0)).extracting(AuditEntry::at).containsOnly(clock.instant());
        });
    }

    @Test
    void ingestedReportsAndReviewCandidatesRoundTrip() {
        String text = "Belgian FN SCAR rifles were seen in Belgorod.";
        var document = new Document("a.txt", "/reports/a.txt", "ab".repeat(32), DocumentFormat.TEXT, "UTF-8", null, null,
                Instant.parse("2026-11-23T10:00:00Z"), text);
        var extraction = new Extraction(document, "en", List.of(new Extraction.Paragraph(0, text.length(), "en")), null,
                List.of(new Mention(MentionKind.EQUIPMENT, "FN SCAR", 8, 15, "fn-scar", "FN SCAR", null, "BE", null, null, null, null, null,
                        null, 0.9, null)),
                List.of(new Event(EventType.SIGHTING, null, null, List.of("FN SCAR"), new BigDecimal("2"), null, null, "in_use", "RU",
                        "Belgorod", null, null, null, null, null, null, 0.7, 0, text.length())));
        var candidate = EventCandidates.of("src_ingested", extraction).get(0);
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.writing(h, "alice", Clock.systemUTC());
            repos.sources().save(new Source("src_ingested", "/reports/a.txt", null, null, "en", null, document.retrieved(), document.sha256()));
            repos.reports().save("src_ingested", extraction);
            repos.candidates().save(candidate);
            repos.candidates().save(candidate.with(CandidateField.OBSERVED, "2023-05"));
            repos.reports().save(new Story("st_1", List.of("src_ingested"), List.of("entity:fn-scar")));
        });
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.reading(h);
            assertThat(repos.reports().sourceWithSha256(document.sha256())).contains("src_ingested");
            assertThat(repos.reports().text("src_ingested")).contains(text);
            assertThat(repos.candidates().find(candidate.id())).contains(candidate.with(CandidateField.OBSERVED, "2023-05"));
            assertThat(repos.candidates().list(new CandidateQuery(CandidateStatus.PENDING, CandidateKind.SIGHTING, "EN"))).hasSize(1);
            assertThat(repos.candidates().list(new CandidateQuery(CandidateStatus.ACCEPTED, null, null))).isEmpty();
        });
        assertThatThrownBy(() -> jdbi.useTransaction(h -> SqlRepositories.writing(h, "alice", Clock.systemUTC()).reports()
                .save("src_ingested", extraction))).as("one content, one source").hasMessageContaining("source_texts");
    }

    @Test
    void theAuditTableRefusesUpdateDeleteAndTruncate() {
        jdbi.useTransaction(h -> SqlRepositories.writing(h, "alice", Clock.systemUTC()).sources().save(Samples.source("src_a")));
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit SET user_name = 'mallory'")))
                .hasMessageContaining("append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit"))).hasMessageContaining("append-only: DELETE is not allowed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("TRUNCATE audit"))).hasMessageContaining("append-only: TRUNCATE is not allowed");
        long changed = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit WHERE user_name = 'mallory'").mapTo(Long.class).one());
        assertThat(changed).isZero();
    }
}
