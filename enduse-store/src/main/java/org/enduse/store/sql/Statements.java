package org.enduse.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The single-row statements of one unit of work (inserts, updates, deletes, existence checks,
 * one-value look-ups) and batches of inserts, each prepared once on the handle's connection and
 * reused. An import runs the same few statements
 * thousands of times, and preparing and binding each through JDBI took about half of its time;
 * the bulk reads stay on JDBI. The statements close with the handle.
 */
final class Statements {
    private final Handle handle;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Handle handle) {
        this.handle = handle;
        handle.addCleanable(this::closeAll);
    }

    /** Runs an INSERT, UPDATE or DELETE with positional arguments (null binds SQL NULL). */
    void update(String sql, Object... args) {
        try {
            bound(sql, args).executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /**
     * Runs one INSERT or UPDATE for each row of arguments as a single batch: on PostgreSQL one round
     * trip instead of one per row (a report has about 130 mentions).
     */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        try {
            PreparedStatement st = prepared(sql);
            for (Object[] args : rows) {
                bind(st, args);
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** True when the query returns a row. */
    boolean any(String sql, Object... args) {
        try (ResultSet rs = bound(sql, args).executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The query's first column of its first row, as text, when it returns a row. */
    Optional<String> text(String sql, Object... args) {
        try (ResultSet rs = bound(sql, args).executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The query's first column of its one row, as a long. */
    long number(String sql, Object... args) {
        try (ResultSet rs = bound(sql, args).executeQuery()) {
            if (!rs.next()) throw new IllegalStateException("no row from " + sql);
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private PreparedStatement bound(String sql, Object[] args) throws SQLException {
        PreparedStatement st = prepared(sql);
        bind(st, args);
        return st;
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = handle.getConnection().prepareStatement(sql);
            prepared.put(sql, st);
        }
        return st;
    }

    private static void bind(PreparedStatement st, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
    }

    private static IllegalStateException failed(String sql, SQLException e) {
        // A batch's own message may only say which entry failed; the database's reason is the next exception.
        String reason = e.getNextException() == null ? e.getMessage() : e.getMessage() + ": " + e.getNextException().getMessage();
        return new IllegalStateException("the store could not run " + sql + ": " + reason, e);
    }

    private void closeAll() throws SQLException {
        for (PreparedStatement st : prepared.values()) st.close();
        prepared.clear();
    }
}
