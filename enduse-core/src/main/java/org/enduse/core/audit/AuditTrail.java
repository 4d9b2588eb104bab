package org.enduse.core.audit;

/**
 * Appends to the audit log for changes made outside the record {@link org.enduse.core.storage.Store}
 * (accounts, sessions, sharing). The store implements it on the same append-only table, inside the
 * caller's transaction; {@link AuditLog} reads what both wrote.
 */
@FunctionalInterface
public interface AuditTrail {
    void append(String user, String action, String entityType, String entityId, String detail);
}
