package org.enduse.app.web;

import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.audit.AuditLog;

/**
 * The audit log as the server hands it to every service, counting the entries written on the
 * current thread. After a successful change the router checks the count: a route whose service
 * wrote no entry gets a generic one with the user, so no change through the API goes unlogged.
 */
public final class AuditTracker implements AuditLog {
    private final AuditLog delegate;
    private final ThreadLocal<int[]> written = ThreadLocal.withInitial(() -> new int[1]);

    public AuditTracker(AuditLog delegate) {
        this.delegate = delegate;
    }

    @Override
    public AuditEntry append(String user, String action, String entityType, String entityId, String detail) {
        AuditEntry e = delegate.append(user, action, entityType, entityId, detail);
        written.get()[0]++;
        return e;
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return delegate.forEntity(entityType, entityId);
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return delegate.latest(limit);
    }

    void startRequest() {
        written.get()[0] = 0;
    }

    boolean wroteSinceStart() {
        return written.get()[0] > 0;
    }
}
