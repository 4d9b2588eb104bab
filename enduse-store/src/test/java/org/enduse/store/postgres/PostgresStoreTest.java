package org.enduse.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.PasswordHasher;
import org.enduse.core.account.Role;
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
