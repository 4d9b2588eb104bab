package org.enduse.store.sql;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.enduse.store.json.RecordJson;

/**
 * Appends audit entries inside the writing transaction. Sequence numbers continue from the stored
 * maximum, read once per transaction: the write transaction holds the database's write lock, so no
 * other writer can take the same numbers meanwhile.
 */
final class AuditWriter {
    /**
     * ISO-8601 UTC with a fixed nine-digit fraction. Instant.toString drops zero fractions
     * ("...:00Z" next to "...:00.5Z"), which would make text order differ from time order.
     */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String INSERT = "INSERT INTO audit (seq, at, user_name, action, entity_type, entity_id, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Statements sql;
    private final String user;
    private final Clock clock;
    private long lastSeq = -1;

    AuditWriter(Statements sql, String user, Clock clock) {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("a write needs the user making it");
        this.sql = sql;
        this.user = user.strip();
        this.clock = clock;
    }

    /** Records that {@code state} was created or updated, with its JSON as the state after. */
    void saved(boolean existed, String entityType, String entityId, Object state) {
        append(existed ? "update" : "create", entityType, entityId, RecordJson.compact(state));
    }

    /** Records that each record was created, with its JSON as the state after, as one batch of entries. */
    <R> void created(String entityType, List<R> records, Function<R, String> id) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (R r : records) rows.add(row("create", entityType, id.apply(r), RecordJson.compact(r)));
        sql.batch(INSERT, rows);
    }

    private void append(String action, String entityType, String entityId, String detail) {
        sql.update(INSERT, row(action, entityType, entityId, detail));
    }

    private Object[] row(String action, String entityType, String entityId, String detail) {
        if (lastSeq < 0) lastSeq = sql.number("SELECT COALESCE(MAX(seq), 0) FROM audit");
        return new Object[] {++lastSeq, timestamp(clock.instant()), user, action, entityType, entityId, detail};
    }

    /** Records a step that is not a plain create or update (an inquiry sent, closed), in the words of its own entry. */
    void stepped(String action, String entityType, String entityId, String detail) {
        append(action, entityType, entityId, detail);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
