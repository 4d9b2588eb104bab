package org.enduse.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import java.math.BigDecimal;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.Assessment;
import org.enduse.core.assess.AssessmentMark;
import org.enduse.core.assess.Cause;
import org.enduse.core.assess.Evidence;
import org.enduse.core.assess.SightingResult;
import org.enduse.core.assess.Verdict;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.common.PartialDate;
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
import org.enduse.core.inquiry.Attachment;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.Inquiry;
import org.enduse.core.inquiry.InquiryQuery;
import org.enduse.core.inquiry.InquiryState;
import org.enduse.core.inquiry.InquiryWorkflow;
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

    /** A new, migrated database on the same server. */
    private static Jdbi freshDatabase(String name) {
        jdbi.useHandle(h -> h.execute("CREATE DATABASE " + name));
        DataSource ds = server.getDatabase("postgres", name);
        Migrations.migrate(ds, "postgresql");
        return Jdbi.create(ds);
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
            // The web's list: every filter in SQL, visibility, paging.
            var everything = new SightingQuery(null, CountryCode.of("RU"), "FN-SCAR-L", null, org.enduse.core.sighting.Verification.GEOLOCATED,
                    org.enduse.core.common.PartialDate.parse("2023-05"));
            var page = repos.sightings().page(new org.enduse.core.sighting.SightingListing(everything,
                    new org.enduse.core.geo.BoundingBox(36, 50, 37, 51), "local", null, 0, 10));
            assertThat(page.items()).extracting(org.enduse.core.sighting.Sighting::id).containsExactly("si_pg");
            assertThat(page.total()).isEqualTo(1);
            assertThat(repos.sightings().page(new org.enduse.core.sighting.SightingListing(everything, null, "other", null, 0, 10)).total()).isZero();
            assertThat(repos.sightings().withSerial("fn 150")).hasSize(1);
            // Other tests here write to the same server; this one's entries are about its three records.
            var records = repos.audit().list(null, null, 0).stream().filter(e -> List.of("tr_pg", "si_pg", "src_pg").contains(e.entityId())).toList();
            assertThat(records).extracting(AuditEntry::action).containsExactly("create", "create", "create", "update", "update", "update");
            assertThat(records).extracting(AuditEntry::at).containsOnly(clock.instant());
        });
    }

    @Test
    void inquiriesWithTheirEventsCorrespondenceAndAttachmentsRoundTrip() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        var draft = new Inquiry("inq_pg", CountryCode.of("BE"), CountryCode.of("UA"), "SCARs in Belgorod", InquiryState.DRAFT,
                LocalDate.of(2026, 12, 23), List.of("si_pg"), List.of("tr_pg"), List.of("as_pg"), null);
        var opened = InquiryWorkflow.open(draft, "alice", clock.instant());
        var sent = InquiryWorkflow.send(draft, null, "alice", clock.instant());
        var letter = new Correspondence("inq_pg", LocalDate.of(2023, 6, 6), Correspondence.Direction.OUTGOING, "letter",
                List.of(Attachment.of("letter.md", "text/markdown", "# Letter".getBytes(StandardCharsets.UTF_8))));
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.writing(h, "alice", clock);
            repos.inquiries().save(opened.inquiry());
            repos.inquiries().append(opened.event());
            repos.inquiries().append(letter);
            repos.inquiries().save(sent.inquiry());
            repos.inquiries().append(sent.event());
        });
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.reading(h);
            assertThat(repos.inquiries().find("inq_pg")).contains(sent.inquiry());
            assertThat(repos.inquiries().events("inq_pg")).containsExactly(opened.event(), sent.event());
            assertThat(repos.inquiries().correspondence("inq_pg")).containsExactly(letter);
            assertThat(repos.inquiries().list(new InquiryQuery(InquiryState.SENT, CountryCode.of("UA"), LocalDate.of(2026, 12, 24)))).hasSize(1);
            assertThat(repos.audit().list("inquiry", "inq_pg", 0)).extracting(AuditEntry::action)
                    .containsExactly("create", "inquiry.open", "update", "inquiry.send");
        });
    }

    @Test
    void assessmentResultsRunsAndFingerprintsRoundTrip() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        var assessment = new Assessment("as_pg", "si_as", "tr_as", "l1", 12.5, Verdict.POTENTIAL_VIOLATION, List.of("UNAUTHORISED_LOCATION"),
                List.of("territory: outside UA"), List.of(new Evidence("src_pg", 3, 9, "Belgorod")), clock.instant());
        var alert = new Alert("si_as", "tr_as", "l1", CountryCode.of("BE"), CountryCode.of("UA"), PartialDate.parse("2023-05-22"),
                Verdict.POTENTIAL_VIOLATION, List.of(Cause.UNAUTHORISED_LOCATION), 12.5, 1, false);
        var result = new SightingResult("si_as", PartialDate.parse("2023-05-22"), false, List.of(assessment), List.of(alert), List.of("tr_x/l1: too late"));
        Jdbi jdbi = freshDatabase("assessments"); // its own database: the records saved here stay out of the other tests' queries
        long before = jdbi.inTransaction(h -> SqlRepositories.reading(h).assessments().changesAfter(0).upTo());
        jdbi.useTransaction(h -> {
            var repos = SqlRepositories.writing(h, "alice", clock);
            repos.transfers().save(Samples.transfer("tr_as"));
            repos.sightings().save(Samples.sighting("si_as"));
            repos.assessments().replace(result);
            repos.assessments().replace(result);
            repos.assessments().lineFingerprint("tr_as", "abc");
            repos.assessments().mark(new AssessmentMark(before, clock.instant(), 1, true));
        });
        jdbi.useTransaction(h -> {
            var stored = SqlRepositories.reading(h).assessments();
            assertThat(stored.find("si_as")).contains(result);
            assertThat(stored.withCandidateIn("tr_as")).containsExactly("si_as");
            assertThat(stored.lineFingerprints()).containsEntry("tr_as", "abc");
            assertThat(stored.mark()).contains(new AssessmentMark(before, clock.instant(), 1, true));
            var changes = stored.changesAfter(before);
            assertThat(changes.transfers()).containsExactly("tr_as");
            assertThat(changes.sightings()).containsExactly("si_as");
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
