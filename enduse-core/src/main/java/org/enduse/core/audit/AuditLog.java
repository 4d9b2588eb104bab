package org.enduse.core.audit;

import java.util.List;

/**
 * The append-only record of changes. Entries are written by the store itself, in the transaction
 * of the change, so no caller can forget or fake one; this interface only reads them.
 */
public interface AuditLog {
    /** Entries matching the query, oldest first. */
    List<AuditEntry> list(AuditQuery query);

    /** Entries about one kind of record and/or one record (null matches any), oldest first; {@code limit} keeps the newest that many (0: all). */
    default List<AuditEntry> list(String entityType, String entityId, int limit) {
        return list(new AuditQuery(entityType, entityId, null, null, limit));
    }
}
