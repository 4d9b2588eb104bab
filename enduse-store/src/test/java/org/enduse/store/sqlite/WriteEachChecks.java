package org.enduse.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.enduse.core.audit.AuditQuery;
import org.enduse.core.storage.Attempt;
import org.enduse.core.storage.Repositories;
import org.enduse.core.storage.Store;

/** What {@link Store#writeEach} must do on every database, for the SQLite and PostgreSQL tests to run alike. */
public final class WriteEachChecks {
    private WriteEachChecks() {}

    /**
     * Three works in one transaction, the middle one refused by the database (a candidate of a
     * source that does not exist) after it saved a source: that source is not kept, nor audited,
     * and the other two commit, their audit entries numbered without a gap.
     */
    public static void aWorkTheDatabaseRefusesLeavesNothingAndTheOthersCommit(Store store, Function<Repositories, String> refused) {
        List<Attempt<String>> attempts = store.writeEach("alice", List.of(saving("src_first"), refused, saving("src_third")));
        assertThat(attempts).extracting(Attempt::succeeded).containsExactly(true, false, true);
        assertThat(attempts.get(1).failure().getMessage()).containsIgnoringCase("foreign key");
        store.read(repos -> {
            assertThat(repos.sources().exists("src_first")).isTrue();
            assertThat(repos.sources().exists("src_refused")).isFalse();
            assertThat(repos.sources().exists("src_third")).isTrue();
            var entries = repos.audit().list(AuditQuery.all()).stream()
                    .filter(e -> List.of("src_first", "src_refused", "src_third").contains(e.entityId())).toList();
            assertThat(entries).extracting(e -> e.entityId()).containsExactly("src_first", "src_third");
            assertThat(entries.get(1).seq()).isEqualTo(entries.get(0).seq() + 1);
            return null;
        });
    }

    /** Saves src_refused, then a candidate of a source that does not exist, which the database refuses (at once, or at the commit). */
    public static String refusedCandidate(Repositories repos) {
        repos.sources().save(Samples.source("src_refused"));
        repos.candidates().addAll(List.of(Samples.candidate("ca_orphan", "src_missing")));
        return "src_refused";
    }

    private static Function<Repositories, String> saving(String sourceId) {
        return repos -> {
            repos.sources().save(Samples.source(sourceId));
            return sourceId;
        };
    }
}
