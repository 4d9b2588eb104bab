package org.enduse.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.common.CountryCode;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.TransferQuery;
import org.enduse.store.sqlite.Samples;
import org.flywaydb.core.Flyway;
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
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
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
            // The web's list: every filter in SQL, visibility, paging.
            var everything = new SightingQuery(null, CountryCode.of("RU"), "FN-SCAR-L", null, org.enduse.core.sighting.Verification.GEOLOCATED,
                    org.enduse.core.common.PartialDate.parse("2023-05"));
            var page = repos.sightings().page(new org.enduse.core.sighting.SightingListing(everything,
                    new org.enduse.core.geo.BoundingBox(36, 50, 37, 51), "local", null, 0, 10));
            assertThat(page.items()).extracting(org.enduse.core.sighting.Sighting::id).containsExactly("si_pg");
            assertThat(page.total()).isEqualTo(1);
            assertThat(repos.sightings().page(new org.enduse.core.sighting.SightingListing(everything, null, "other", null, 0, 10)).total()).isZero();
            assertThat(repos.sightings().withSerial("fn 150")).hasSize(1);
            assertThat(repos.audit().list(null, null, 0)).extracting(AuditEntry::action)
                    .containsExactly("create", "create", "create", "update", "update", "update");
            assertThat(repos.audit().list(null, null, 0)).extracting(AuditEntry::at).containsOnly(clock.instant());
        });
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
