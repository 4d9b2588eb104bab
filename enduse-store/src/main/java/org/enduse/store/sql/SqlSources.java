package org.enduse.store.sql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.enduse.core.source.Source;
import org.enduse.core.source.SourceRepository;
import org.jdbi.v3.core.Handle;

/** Sources in the sources table. */
final class SqlSources implements SourceRepository {
    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlSources(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Optional<Source> find(String id) {
        return handle.createQuery("SELECT * FROM sources WHERE id = :id").bind("id", id).map(SqlSources::source).findOne();
    }

    @Override
    public boolean exists(String id) {
        return sql.any("SELECT 1 FROM sources WHERE id = ?", id);
    }

    @Override
    public List<Source> list() {
        return handle.createQuery("SELECT * FROM sources ORDER BY id").map(SqlSources::source).list();
    }

    @Override
    public void save(Source s) {
        if (audit == null) throw new IllegalStateException("saving a source needs a write transaction");
        boolean existed = exists(s.id());
        Object[] values = {s.location(), s.title(), s.outlet(), s.language(), Rows.text(s.published()), Rows.text(s.retrieved()),
                s.sha256(), s.id()};
        if (existed) {
            sql.update("UPDATE sources SET location = ?, title = ?, outlet = ?, language = ?, published = ?, retrieved = ?, sha256 = ? "
                    + "WHERE id = ?", values);
        } else {
            sql.update("INSERT INTO sources (location, title, outlet, language, published, retrieved, sha256, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        audit.saved(existed, "source", s.id(), s);
    }

    private static Source source(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        String published = rs.getString("published"), retrieved = rs.getString("retrieved");
        return new Source(rs.getString("id"), rs.getString("location"), rs.getString("title"), rs.getString("outlet"),
                rs.getString("language"), published == null ? null : Instant.parse(published),
                retrieved == null ? null : Instant.parse(retrieved), rs.getString("sha256"));
    }
}
