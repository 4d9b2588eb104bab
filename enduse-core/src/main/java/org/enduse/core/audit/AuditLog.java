package org.enduse.core.audit;

import java.util.List;

/**
 * The append-only record of changes. Entries are written by the store itself, in the transaction
 * of the change, so no caller can forget or fake one; this interface only reads them.
 */
public interface AuditLog {
    /** Entries oldest first; a null type or id matches any, {@code limit} keeps the newest that many (0: all). */
    List<AuditEntry> list(String entityType, String entityId, int limit);
}
