package org.enduse.core.audit;

import java.time.Instant;
import org.enduse.core.common.Checks;

/**
 * One change, as the append-only audit log keeps it: who did what to which record and when, with
 * the record's state after the change (JSON) so the history can be replayed.
 */
public record AuditEntry(long seq, Instant at, String user, String action, String entityType, String entityId, String detail) {
    public AuditEntry {
        Checks.required("audit time", at);
        user = Checks.required("audit user", user);
        action = Checks.required("audit action", action);
        entityType = Checks.required("entity type", entityType);
        entityId = Checks.required("entity id", entityId);
    }
}
