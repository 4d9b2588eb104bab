package org.enduse.store.sql;

import java.time.Clock;
import org.enduse.core.storage.Repositories;
import org.jdbi.v3.core.Handle;

/** Builds the repositories of one unit of work on one JDBI handle (and so one transaction). */
public final class SqlRepositories {
    private SqlRepositories() {}

    /** Repositories that refuse to save. */
    public static Repositories reading(Handle handle) {
        return new Repositories(new SqlTransfers(handle, null), new SqlSightings(handle, null), new SqlSources(handle, null),
                new SqlAuditLog(handle));
    }

    /** Repositories whose every save is audited as done by {@code user}. */
    public static Repositories writing(Handle handle, String user, Clock clock) {
        var audit = new AuditWriter(handle, user, clock);
        return new Repositories(new SqlTransfers(handle, audit), new SqlSightings(handle, audit), new SqlSources(handle, audit),
                new SqlAuditLog(handle));
    }
}
