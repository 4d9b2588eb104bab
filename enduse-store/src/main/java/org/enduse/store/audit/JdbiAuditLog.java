package org.enduse.store.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.audit.AuditLog;
import org.enduse.store.Millis;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit log in the audit_log table. The sequence number is the next after the highest, taken
 * in the same statement as the insert: SQLite runs one writer at a time, so numbers never repeat.
 */
public final class JdbiAuditLog implements AuditLog {
    private static final String COLUMNS = "seq, at, username, action, entity_type, entity_id, detail";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiAuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public AuditEntry append(String user, String action, String entityType, String entityId, String detail) {
        Instant at = Instant.ofEpochMilli(clock.millis());
        AuditEntry checked = new AuditEntry(0, at, user, action, entityType, entityId, detail);
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO audit_log (" + COLUMNS + ") SELECT COALESCE(MAX(seq), 0) + 1, :at, :user, :action, :type, :id, :detail FROM audit_log")
                    .bind("at", Millis.of(at)).bind("user", checked.user()).bind("action", checked.action())
                    .bind("type", checked.entityType()).bind("id", checked.entityId()).bind("detail", checked.detail()).execute();
            long seq = h.createQuery("SELECT MAX(seq) FROM audit_log").mapTo(Long.class).one();
            return new AuditEntry(seq, at, checked.user(), checked.action(), checked.entityType(), checked.entityId(), checked.detail());
        });
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE entity_type = :type AND entity_id = :id ORDER BY seq")
                .bind("type", entityType).bind("id", entityId).map((rs, ctx) -> entry(rs)).list());
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> entry(rs)).list());
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Millis.read(rs, "at"), rs.getString("username"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("detail"));
    }
}
