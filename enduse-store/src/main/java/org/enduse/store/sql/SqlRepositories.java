package org.enduse.store.sql;

import java.time.Clock;
import org.enduse.core.storage.Repositories;
import org.jdbi.v3.core.Handle;

/** Builds the repositories of one unit of work on one JDBI handle (and so one transaction). */
public final class SqlRepositories {
    private SqlRepositories() {}

    /** Repositories that refuse to save. */
    public static Repositories reading(Handle handle) {
        var sql = new Statements(handle);
        return new Repositories(new SqlTransfers(handle, sql, null), new SqlSightings(handle, sql, null), new SqlSources(handle, sql, null),
                new SqlInquiries(handle, sql, null), new SqlAssessments(handle, sql, null),
                new SqlReports(handle, sql, null), new SqlCandidates(handle, sql, null), new SqlAuditLog(handle));
    }

    /** Repositories whose every save is audited as done by {@code user}. */
    public static Repositories writing(Handle handle, String user, Clock clock) {
        return writing(handle, new Statements(handle), user, clock);
    }

    /** As {@link #writing(Handle, String, Clock)}, on statements already prepared in this transaction. */
    static Repositories writing(Handle handle, Statements sql, String user, Clock clock) {
        var audit = new AuditWriter(sql, user, clock);
        return new Repositories(new SqlTransfers(handle, sql, audit), new SqlSightings(handle, sql, audit), new SqlSources(handle, sql, audit),
                new SqlInquiries(handle, sql, audit), new SqlAssessments(handle, sql, audit),
                new SqlReports(handle, sql, audit), new SqlCandidates(handle, sql, audit), new SqlAuditLog(handle));
    }
}
