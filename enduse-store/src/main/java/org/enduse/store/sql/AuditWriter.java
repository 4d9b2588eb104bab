package org.enduse.store.sql;

import java.time.Clock;
import org.enduse.store.json.RecordJson;
import org.jdbi.v3.core.Handle;

/**
 * Appends audit entries inside the writing transaction. Sequence numbers continue from the stored
 * maximum, read once per transaction: the write transaction holds the database's write lock, so no
 * other writer can take the same numbers meanwhile.
 */
final class AuditWriter {
    private final Handle handle;
    private final String user;
    private final Clock clock;
    private long lastSeq = -1;

    AuditWriter(Handle handle, String user, Clock clock) {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("a write needs the user making it");
        this.handle = handle;
        this.user = user.strip();
        this.clock = clock;
    }

    /** Records that {@code state} was created or updated, with its JSON as the state after. */
    void saved(boolean existed, String entityType, String entityId, Object state) {
        if (lastSeq < 0) lastSeq = handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit").mapTo(Long.class).one();
        long seq = ++lastSeq;
        handle.createUpdate("INSERT INTO audit (seq, at, user_name, action, entity_type, entity_id, detail) "
                        + "VALUES (:seq, :at, :user, :action, :type, :id, :detail)")
                .bind("seq", seq).bind("at", clock.instant().toString()).bind("user", user)
                .bind("action", existed ? "update" : "create").bind("type", entityType).bind("id", entityId)
                .bind("detail", RecordJson.compact(state))
                .execute();
    }
}
