package org.enduse.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.PasswordHasher;
import org.enduse.core.account.Role;
import org.enduse.core.extract.Extractor;
import org.enduse.core.ingest.IngestPace;
import org.enduse.core.ingest.IngestSummary;
import org.enduse.core.ingest.Ingester;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.intake.IntakeResult;
import org.enduse.core.source.Source;
import org.enduse.store.account.JdbiAccountRepository;
import org.enduse.store.audit.JdbiAuditTrail;
import org.enduse.store.sqlite.Samples;
import org.enduse.store.sqlite.WriteEachChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server store on a real PostgreSQL server (embedded binaries): opened by URL, as `serve` does. */
class PostgresStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static EmbeddedPostgres server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        url = server.getJdbcUrl("postgres", "postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void recordsWrittenInOneStoreAreReadInTheNextAndAFailedWriteLeavesNothing() {
        try (var store = PostgresStore.open(url, "postgres", "postgres", CLOCK)) {
            store.write("alice", repos -> {
                repos.transfers().save(Samples.transfer("tr_server"));
                return null;
            });
            assertThatThrownBy(() -> store.write("alice", repos -> {
                repos.sightings().save(Samples.sighting("si_half"));
                throw new IllegalStateException("boom");
            })).hasMessageContaining("boom");
        }
        try (var reopened = PostgresStore.open(url, "postgres", "postgres", CLOCK)) {
            reopened.read(repos -> {
                assertThat(repos.transfers().find("tr_server")).contains(Samples.transfer("tr_server"));
                assertThat(repos.sightings().exists("si_half")).isFalse();
                assertThat(repos.audit().list(null, null, 0)).filteredOn(e -> e.entityId().equals("tr_server")).hasSize(1);
                return null;
            });
        }
    }

    @Test
    void aWorkRefusedInABatchLeavesNothingAndTheOthersCommit() {
        // On PostgreSQL an error aborts the transaction: only rolling back to the work's savepoint lets the others go on.
        try (var store = PostgresStore.open(url, "postgres", "postgres", CLOCK)) {
            WriteEachChecks.aWorkTheDatabaseRefusesLeavesNothingAndTheOthersCommit(store, WriteEachChecks::refusedCandidate);
        }
    }

    @Test
    void ingestStoresEachContentOnceEvenTwiceInOneBatch() {
        String text = "Belgian FN SCAR rifles were seen with the Russian Volunteer Corps in Belgorod, Russia, in May 2023.";
        var extractor = Extractor.withBuiltInNames(sink -> { });
        try (var store = PostgresStore.open(url, "postgres", "postgres", CLOCK)) {
            IngestSummary first;
            // One batch (nothing is committed before the end): the second copy of a content finds the first inside the batch's transaction.
            var oneBatch = new IngestPace(2, 100, Duration.ofMinutes(10), 10);
            try (var ingester = new Ingester(store, "alice", extractor, null, outcome -> { }, oneBatch)) {
                for (String name : List.of("pg-a.txt", "pg-b.txt", "pg-a-again.txt")) {
                    String body = name.startsWith("pg-b") ? text + " Again." : text;
                    ingester.ingest(new IntakeResult.Read(new Document(name, name, Source.sha256Of(body.getBytes(StandardCharsets.UTF_8)),
                            DocumentFormat.TEXT, "UTF-8", null, null, Instant.EPOCH, body)));
                }
                first = ingester.finish();
            }
            assertThat(first.documentsNew()).isEqualTo(2);
            assertThat(first.alreadyIngested()).isEqualTo(1);
            assertThat(first.languages()).containsEntry("en", 3);
            assertThat(first.mentions()).isPositive();
            long sources = store.read(repos -> repos.sources().list().stream().filter(s -> s.location().startsWith("pg-")).count());
            assertThat(sources).isEqualTo(2);
        }
    }

    @Test
    void concurrentWritersQueueInsteadOfFailingOnTheAuditSequence() throws Exception {
        try (var store = PostgresStore.open(url, "postgres", "postgres", Clock.systemUTC())) {
            long before = store.read(repos -> (long) repos.audit().list(null, null, 0).size());
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 40; i++) {
                String id = "src_race_" + i;
                done.add(pool.submit(() -> store.write("writer", repos -> {
                    repos.sources().save(Samples.source(id));
                    return null;
                })));
            }
            for (var f : done) f.get();
            pool.shutdown();
            store.read(repos -> {
                var entries = repos.audit().list(null, null, 0);
                assertThat(entries).hasSize((int) before + 40);
                assertThat(entries).extracting(e -> e.seq()).doesNotHaveDuplicates();
                return null;
            });
        }
    }

    @Test
    void accountsLiveInTheSameDatabase() {
        try (var store = PostgresStore.open(url, "postgres", "postgres", CLOCK)) {
            var jdbi = store.jdbi();
            var accounts = new Accounts(new JdbiAccountRepository(jdbi), new JdbiAuditTrail(jdbi, CLOCK), store.transactions(), new PasswordHasher(), CLOCK);
            Organisation be = accounts.createOrganisation("FPS Foreign Affairs (BE)", "cli:root");
            accounts.addUser("officer", "Duty Officer", be.id(), Role.ANALYST, "correct horse battery".toCharArray(), "cli:root");

            assertThat(accounts.checkPassword("officer", "correct horse battery".toCharArray())).isPresent();
        }
    }

    @Test
    void aUrlThatIsNotPostgresIsRefusedByName() {
        assertThatThrownBy(() -> PostgresStore.open("jdbc:mysql://db/enduse", "u", "p", CLOCK))
                .hasMessageContaining("jdbc:mysql://db/enduse").hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void aServerThatIsNotThereGivesAClearError() {
        assertThatThrownBy(() -> PostgresStore.open("jdbc:postgresql://127.0.0.1:1/enduse?connectTimeout=2", "u", "p", CLOCK))
                .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/enduse");
    }
}
