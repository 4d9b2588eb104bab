package org.enduse.store.audit;

import java.time.Clock;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.audit.AuditTrail;
import org.jdbi.v3.core.Jdbi;

/**
 * Appends account, session and sharing changes to the store's append-only audit table, in the
 * caller's transaction when there is one (Jdbi gives nested calls on a thread the outer handle).
 * Sequence numbers are max + 1 as for every other writer of the table (docs/decisions/0002).
 */
public final class JdbiAuditTrail implements AuditTrail {
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiAuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void append(String user, String action, String entityType, String entityId, String detail) {
        AuditEntry checked = new AuditEntry(0, clock.instant(), user, action, entityType, entityId, detail);
        jdbi.useTransaction(h -> {
            long seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO audit (seq, at, user_name, action, entity_type, entity_id, detail) "
                            + "VALUES (:seq, :at, :user, :action, :type, :id, :detail)")
                    .bind("seq", seq).bind("at", checked.at().toString()).bind("user", checked.user()).bind("action", checked.action())
                    .bind("type", checked.entityType()).bind("id", checked.entityId()).bind("detail", checked.detail()).execute();
        });
    }
}
