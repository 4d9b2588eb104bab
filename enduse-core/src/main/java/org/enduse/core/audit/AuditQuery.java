package org.enduse.core.audit;

import java.time.Instant;
import org.enduse.core.common.Checks;

/**
 * Which audit entries to read; a null part matches everything. {@code since} keeps entries made at
 * or after that instant; {@code limit} keeps the newest that many (0: all).
 */
public record AuditQuery(String entityType, String entityId, String user, Instant since, int limit) {
    public AuditQuery {
        entityType = Checks.optional(entityType);
        entityId = Checks.optional(entityId);
        user = Checks.optional(user);
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative");
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 0);
    }
}
