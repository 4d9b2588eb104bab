package org.enduse.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.audit.AuditQuery;
import org.enduse.core.common.CountryCode;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateQuery;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.TransferQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    @TempDir
    Path dir;

    @Test
    void aStoreMigratedBeforeTheIntakeTablesGetsThemOnOpening() throws Exception {
        SqliteStore.open(dir).close();
        // As a store made before V3 existed: the account migrations (V50, V51) applied, V3 not.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME)); var st = c.createStatement()) {
            for (String table : List.of("candidates", "story_sources", "stories", "events", "mentions", "source_texts")) st.execute("DROP TABLE " + table);
            st.execute("DELETE FROM flyway_schema_history WHERE version = '3'");
        }
        try (var store = SqliteStore.open(dir)) {
            List<Candidate> candidates = store.read(repos -> repos.candidates().list(CandidateQuery.all()));
            assertThat(candidates).isEmpty();
        }
    }

    @Test
    void aWorkRefusedInABatchLeavesNothingAndTheOthersCommit() {
        try (var store = SqliteStore.open(dir)) {
            WriteEachChecks.aWorkTheDatabaseRefusesLeavesNothingAndTheOthersCommit(store, WriteEachChecks::refusedCandidate);
        }
    }

    @Test
    void whenTheBatchsCommitFailsEachWorkIsStoredOnItsOwn() {
        try (var store = SqliteStore.open(dir)) {
            // Deferred, the foreign key is checked only at the commit, which then fails for the whole batch.
            WriteEachChecks.aWorkTheDatabaseRefusesLeavesNothingAndTheOthersCommit(store, repos -> {
                store.jdbi().useHandle(h -> h.execute("PRAGMA defer_foreign_keys = ON"));
                return WriteEachChecks.refusedCandidate(repos);
            });
        }
    }

    @Test
    void recordsComeBackWhole() {
        try (var store = SqliteStore.open(dir)) {
            store.write("alice", repos -> {
                repos.transfers().save(Samples.transfer("tr_1"));
                repos.sightings().save(Samples.sighting("si_1"));
                repos.sources().save(Samples.source("src_a"));
                return null;
            });
            store.read(repos -> {
                assertThat(repos.transfers().find("tr_1")).contains(Samples.transfer("tr_1"));
                assertThat(repos.sightings().find("si_1")).contains(Samples.sighting("si_1"));
                assertThat(repos.sources().find("src_a")).contains(Samples.source("src_a"));
                assertThat(repos.transfers().find("tr_2")).isEmpty();
                return null;
            });
        }
    }

    @Test
    void listsFilterByTheQuery() {
        try (var store = SqliteStore.open(dir)) {
            store.write("alice", repos -> {
                repos.transfers().save(Samples.transfer("tr_1"));
                repos.sightings().save(Samples.sighting("si_1"));
                return null;
            });
            store.read(repos -> {
                var t = repos.transfers();
                assertThat(t.list(new TransferQuery(CountryCode.of("BE"), null, "scar", LifecycleStatus.DELIVERED))).hasSize(1);
                assertThat(t.list(new TransferQuery(CountryCode.of("US"), null, null, null))).isEmpty();
                assertThat(t.list(new TransferQuery(null, null, "fn-scar-l", LifecycleStatus.LOST))).isEmpty();
                var s = repos.sightings();
                assertThat(s.list(new SightingQuery("rdk", CountryCode.of("RU"), null, null))).hasSize(1);
                assertThat(s.list(new SightingQuery("volunteer", null, "fn-scar-l", null))).hasSize(1);
                assertThat(s.list(new SightingQuery(null, CountryCode.of("UA"), null, null))).isEmpty();
                return null;
            });
        }
    }

    @Test
    void everyChangeIsAuditedWithTheStateAfter() {
        try (var store = SqliteStore.open(dir)) {
            store.write("alice", repos -> {
                repos.transfers().save(Samples.transfer("tr_1"));
                return null;
            });
            var renamed = Samples.transfer("tr_1");
            store.write("bob", repos -> {
                repos.transfers().save(new org.enduse.core.transfer.Transfer(renamed.id(), "Renamed", renamed.donor(), renamed.recipient(),
                        renamed.financier(), renamed.announced(), renamed.value(), renamed.lines(), renamed.terms(), renamed.sourceIds(), null));
                return null;
            });
            List<AuditEntry> entries = store.read(repos -> repos.audit().list("transfer", "tr_1", 0));
            assertThat(entries).extracting(AuditEntry::user, AuditEntry::action).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("alice", "create"), org.assertj.core.groups.Tuple.tuple("bob", "update"));
            assertThat(entries.get(1).detail()).contains("\"name\":\"Renamed\"").contains("\"donor\":\"BE\"").contains("FN100..FN199");
            assertThat(entries.get(0).seq()).isLessThan(entries.get(1).seq());
            assertThat(store.read(repos -> repos.transfers().find("tr_1")).orElseThrow().name()).isEqualTo("Renamed");
        }
    }

    @Test
    void auditEntriesFilterByUserAndTimeInTimeOrder() {
        // A whole second next to a fraction of one: stored as text, these sort wrong unless the width is fixed.
        Instant whole = Instant.parse("2026-11-01T00:00:00Z"), later = Instant.parse("2026-11-01T00:00:00.500Z");
        try (var atWhole = SqliteStore.open(dir, Clock.fixed(whole, ZoneOffset.UTC))) {
            atWhole.write("alice", repos -> {
                repos.sources().save(Samples.source("src_a"));
                return null;
            });
        }
        try (var store = SqliteStore.open(dir, Clock.fixed(later, ZoneOffset.UTC))) {
            store.write("bob", repos -> {
                repos.sources().save(Samples.source("src_b"));
                return null;
            });
            var sinceMiddle = store.read(r -> r.audit().list(new AuditQuery(null, null, null, Instant.parse("2026-11-01T00:00:00.200Z"), 0)));
            assertThat(sinceMiddle).extracting(AuditEntry::entityId).containsExactly("src_b");
            var sinceWhole = store.read(r -> r.audit().list(new AuditQuery(null, null, null, whole, 0)));
            assertThat(sinceWhole).extracting(AuditEntry::entityId).containsExactly("src_a", "src_b");
            assertThat(sinceWhole).extracting(AuditEntry::at).containsExactly(whole, later);
            var byAlice = store.read(r -> r.audit().list(new AuditQuery(null, null, "alice", null, 0)));
            assertThat(byAlice).extracting(AuditEntry::entityId).containsExactly("src_a");
        }
    }

    @Test
    void aFailedWriteLeavesNothing() {
        try (var store = SqliteStore.open(dir)) {
            assertThatThrownBy(() -> store.write("alice", repos -> {
                repos.transfers().save(Samples.transfer("tr_1"));
                throw new IllegalStateException("boom");
            })).hasMessageContaining("boom");
            store.read(repos -> {
                assertThat(repos.transfers().exists("tr_1")).isFalse();
                assertThat(repos.audit().list(null, null, 0)).isEmpty();
                return null;
            });
        }
    }

    @Test
    void readsRefuseToSave() {
        try (var store = SqliteStore.open(dir)) {
            assertThatThrownBy(() -> store.read(repos -> {
                repos.transfers().save(Samples.transfer("tr_1"));
                return null;
            })).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theAuditTableRefusesUpdateAndDelete() throws Exception {
        try (var store = SqliteStore.open(dir)) {
            store.write("alice", repos -> {
                repos.sources().save(Samples.source("src_a"));
                return null;
            });
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME))) {
            assertThatThrownBy(() -> db.createStatement().executeUpdate("UPDATE audit SET user_name = 'mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.createStatement().executeUpdate("DELETE FROM audit")).hasMessageContaining("append-only");
            var rs = db.createStatement().executeQuery("SELECT user_name FROM audit");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("alice");
        }
    }

    @Test
    void theDatabaseRunsInWalMode() throws Exception {
        SqliteStore.open(dir).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME))) {
            var rs = db.createStatement().executeQuery("PRAGMA journal_mode");
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
