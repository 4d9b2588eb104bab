package org.enduse.core.audit;

import java.util.List;

/** The append-only log of changes. Nothing is ever updated or removed. */
public interface AuditLog {
    /** Appends an entry stamped now and returns it with its sequence number. */
    AuditEntry append(String user, String action, String entityType, String entityId, String detail);

    /** Every entry about one record, oldest first. */
    List<AuditEntry> forEntity(String entityType, String entityId);

    /** The newest entries, newest first. */
    List<AuditEntry> latest(int limit);
}
