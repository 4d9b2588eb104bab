package org.enduse.app.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.enduse.core.account.Accounts;
import org.enduse.core.audit.AuditTrail;

/**
 * The audit log as the server hands it to every service, counting the entries written on the
 * current thread. After a successful change the router checks the count: a route whose service
 * wrote no entry gets a generic one with the user, so no change through the API goes unlogged.
 * Entries about users, organisations and tokens also tell the server that an account changed,
 * so the callers it remembers ({@link CallerCache}) are forgotten.
 */
public final class AuditTracker implements AuditTrail {
    /** Every change to who may sign in, as what, with which token or session, is audited under these. */
    private static final Set<String> ACCOUNT_ENTITIES = Set.of(Accounts.ENTITY_USER, Accounts.ENTITY_ORGANISATION, Accounts.ENTITY_TOKEN);

    private final AuditTrail delegate;
    private final ThreadLocal<int[]> written = ThreadLocal.withInitial(() -> new int[2]);
    /** One per server on these services (tests start several). */
    private final List<Runnable> accountListeners = new CopyOnWriteArrayList<>();

    public AuditTracker(AuditTrail delegate) {
        this.delegate = delegate;
    }

    @Override
    public void append(String user, String action, String entityType, String entityId, String detail) {
        delegate.append(user, action, entityType, entityId, detail);
        int[] counts = written.get();
        counts[0]++;
        if (ACCOUNT_ENTITIES.contains(entityType)) {
            counts[1]++;
            accountListeners.forEach(Runnable::run);
        }
    }

    /** Run whenever an entry about an account is appended (inside the change's transaction). */
    void whenAccountsChange(Runnable listener) {
        accountListeners.add(listener);
    }

    void startRequest() {
        int[] counts = written.get();
        counts[0] = 0;
        counts[1] = 0;
    }

    boolean wroteSinceStart() {
        return written.get()[0] > 0;
    }

    /** Whether the current request changed an account (its transaction has committed once the route returned). */
    boolean changedAccountsSinceStart() {
        return written.get()[1] > 0;
    }
}
