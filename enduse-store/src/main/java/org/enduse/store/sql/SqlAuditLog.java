package org.enduse.store.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.audit.AuditLog;
import org.enduse.core.audit.AuditQuery;
import org.jdbi.v3.core.Handle;

/** Reads the audit table; entries are only ever written by {@link AuditWriter}. */
final class SqlAuditLog implements AuditLog {
    private final Handle handle;

    SqlAuditLog(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<AuditEntry> list(AuditQuery q) {
        var sql = new StringBuilder("SELECT seq, at, user_name, action, entity_type, entity_id, detail FROM audit WHERE 1 = 1");
        if (q.entityType() != null) sql.append(" AND entity_type = :type");
        if (q.entityId() != null) sql.append(" AND entity_id = :id");
        if (q.user() != null) sql.append(" AND user_name = :user");
        // Times are stored fixed-width (AuditWriter.timestamp), so text order is time order on every database.
        if (q.since() != null) sql.append(" AND at >= :since");
        sql.append(" ORDER BY seq DESC");
        if (q.limit() > 0) sql.append(" LIMIT ").append(q.limit());
        var query = handle.createQuery(sql.toString());
        if (q.entityType() != null) query.bind("type", q.entityType());
        if (q.entityId() != null) query.bind("id", q.entityId());
        if (q.user() != null) query.bind("user", q.user());
        if (q.since() != null) query.bind("since", AuditWriter.timestamp(q.since()));
        List<AuditEntry> newestFirst = query.map((rs, ctx) -> new AuditEntry(rs.getLong("seq"), Instant.parse(rs.getString("at")),
                rs.getString("user_name"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("detail"))).list();
        var oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
