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
    private final AuditWriter audit;

    SqlSources(Handle handle, AuditWriter audit) {
        this.handle = handle;
        this.audit = audit;
    }

    @Override
    public Optional<Source> find(String id) {
        return handle.createQuery("SELECT * FROM sources WHERE id = :id").bind("id", id).map(SqlSources::source).findOne();
    }

    @Override
    public boolean exists(String id) {
        return find(id).isPresent();
    }

    @Override
    public List<Source> list() {
        return handle.createQuery("SELECT * FROM sources ORDER BY id").map(SqlSources::source).list();
    }

    @Override
    public void save(Source s) {
        if (audit == null) throw new IllegalStateException("saving a source needs a write transaction");
        boolean existed = exists(s.id());
        String sql = existed
                ? "UPDATE sources SET location = :location, title = :title, outlet = :outlet, language = :language, "
                        + "published = :published, retrieved = :retrieved, sha256 = :sha256 WHERE id = :id"
                : "INSERT INTO sources (id, location, title, outlet, language, published, retrieved, sha256) "
                        + "VALUES (:id, :location, :title, :outlet, :language, :published, :retrieved, :sha256)";
        handle.createUpdate(sql).bind("id", s.id()).bind("location", s.location()).bind("title", s.title())
                .bind("outlet", s.outlet()).bind("language", s.language()).bind("published", Rows.text(s.published()))
                .bind("retrieved", Rows.text(s.retrieved())).bind("sha256", s.sha256()).execute();
        audit.saved(existed, "source", s.id(), s);
    }

    private static Source source(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        String published = rs.getString("published"), retrieved = rs.getString("retrieved");
        return new Source(rs.getString("id"), rs.getString("location"), rs.getString("title"), rs.getString("outlet"),
                rs.getString("language"), published == null ? null : Instant.parse(published),
                retrieved == null ? null : Instant.parse(retrieved), rs.getString("sha256"));
    }
}
