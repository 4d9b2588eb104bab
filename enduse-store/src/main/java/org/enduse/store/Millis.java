package org.enduse.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Times are stored as epoch milliseconds (BIGINT): portable, sortable, and null for "never". */
public final class Millis {
    private Millis() {}

    public static Long of(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
