package org.enduse.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The single-row statements of one unit of work (inserts, updates, deletes, existence checks), each
 * prepared once on the handle's connection and reused. An import runs the same few statements
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

    /** True when the query returns a row. */
    boolean any(String sql, Object... args) {
        try (ResultSet rs = bound(sql, args).executeQuery()) {
            return rs.next();
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
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = handle.getConnection().prepareStatement(sql);
            prepared.put(sql, st);
        }
        for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
        return st;
    }

    private static IllegalStateException failed(String sql, SQLException e) {
        return new IllegalStateException("the store could not run " + sql + ": " + e.getMessage(), e);
    }

    private void closeAll() throws SQLException {
        for (PreparedStatement st : prepared.values()) st.close();
        prepared.clear();
    }
}
