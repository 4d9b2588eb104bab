package org.enduse.store.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.audit.AuditLog;
import org.jdbi.v3.core.Handle;

/** Reads the audit table; entries are only ever written by {@link AuditWriter}. */
final class SqlAuditLog implements AuditLog {
    private final Handle handle;

    SqlAuditLog(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<AuditEntry> list(String entityType, String entityId, int limit) {
        var sql = new StringBuilder("SELECT seq, at, user_name, action, entity_type, entity_id, detail FROM audit WHERE 1 = 1");
        if (entityType != null) sql.append(" AND entity_type = :type");
        if (entityId != null) sql.append(" AND entity_id = :id");
        sql.append(" ORDER BY seq DESC");
        if (limit > 0) sql.append(" LIMIT ").append(limit);
        var query = handle.createQuery(sql.toString());
        if (entityType != null) query.bind("type", entityType);
        if (entityId != null) query.bind("id", entityId);
        List<AuditEntry> newestFirst = query.map((rs, ctx) -> new AuditEntry(rs.getLong("seq"), Instant.parse(rs.getString("at")),
                rs.getString("user_name"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("detail"))).list();
        var oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
