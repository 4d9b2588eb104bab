package org.enduse.app.web;

import org.enduse.core.audit.AuditTrail;

/**
 * The audit log as the server hands it to every service, counting the entries written on the
 * current thread. After a successful change the router checks the count: a route whose service
 * wrote no entry gets a generic one with the user, so no change through the API goes unlogged.
 */
public final class AuditTracker implements AuditTrail {
    private final AuditTrail delegate;
    private final ThreadLocal<int[]> written = ThreadLocal.withInitial(() -> new int[1]);

    public AuditTracker(AuditTrail delegate) {
        this.delegate = delegate;
    }

    @Override
    public void append(String user, String action, String entityType, String entityId, String detail) {
        delegate.append(user, action, entityType, entityId, detail);
        written.get()[0]++;
    }

    void startRequest() {
        written.get()[0] = 0;
    }

    boolean wroteSinceStart() {
        return written.get()[0] > 0;
    }
}
