package org.enduse.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateField;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.CandidateQuery;
import org.enduse.core.review.CandidateRepository;
import org.enduse.core.review.CandidateStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The review queue in the candidates table; each field of {@link CandidateField} has its own column. */
final class SqlCandidates implements CandidateRepository {
    private static final List<String> FIXED = List.of("kind", "status", "source_id", "event_position", "language", "confidence",
            "evidence_start", "evidence_end", "attributed_to", "decided_by", "decided_at", "reason", "record_id");
    private static final List<String> COLUMNS = Stream.concat(FIXED.stream(), Stream.of(CandidateField.values()).map(CandidateField::column)).toList();
    private static final String INSERT = "INSERT INTO candidates (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE candidates SET " + COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + " WHERE id = ?";

    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlCandidates(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Optional<Candidate> find(String id) {
        return handle.createQuery("SELECT * FROM candidates WHERE id = :id").bind("id", id).map(SqlCandidates::candidate).findOne();
    }

    @Override
    public List<Candidate> list(CandidateQuery q) {
        var where = new StringBuilder("SELECT * FROM candidates WHERE 1 = 1");
        if (q.status() != null) where.append(" AND status = :status");
        if (q.kind() != null) where.append(" AND kind = :kind");
        if (q.language() != null) where.append(" AND language = :language");
        var query = handle.createQuery(where.append(" ORDER BY id").toString());
        if (q.status() != null) query.bind("status", q.status().label());
        if (q.kind() != null) query.bind("kind", q.kind().label());
        if (q.language() != null) query.bind("language", q.language().strip().toLowerCase(java.util.Locale.ROOT));
        return query.map(SqlCandidates::candidate).list();
    }

    @Override
    public void save(Candidate c) {
        writable();
        boolean existed = sql.any("SELECT 1 FROM candidates WHERE id = ?", c.id());
        sql.update(existed ? UPDATE : INSERT, values(c));
        audit.saved(existed, "candidate", c.id(), c);
    }

    @Override
    public void addAll(List<Candidate> candidates) {
        writable();
        sql.batch(INSERT, candidates.stream().map(SqlCandidates::values).toList());
        audit.created("candidate", candidates, Candidate::id);
    }

    private void writable() {
        if (audit == null) throw new IllegalStateException("saving a candidate needs a write transaction");
    }

    /** The columns' values in the order of {@link #COLUMNS}, then the id. */
    private static Object[] values(Candidate c) {
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(c.kind().label(), c.status().label(), c.sourceId(), c.eventPosition(),
                c.language(), c.confidence(), c.evidenceStart(), c.evidenceEnd(), c.attributedTo(), c.decidedBy(), Rows.text(c.decidedAt()),
                c.reason(), c.recordId()));
        for (CandidateField f : CandidateField.values()) values.add(c.field(f));
        values.add(c.id());
        return values.toArray();
    }

    private static Candidate candidate(ResultSet rs, StatementContext ctx) throws SQLException {
        var fields = new EnumMap<CandidateField, String>(CandidateField.class);
        for (CandidateField f : CandidateField.values()) fields.put(f, rs.getString(f.column()));
        String decidedAt = rs.getString("decided_at");
        return new Candidate(rs.getString("id"), Rows.enumOf(CandidateKind.class, rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                Rows.enumOf(CandidateStatus.class, rs.getString("status").toUpperCase(java.util.Locale.ROOT)), rs.getString("source_id"),
                rs.getInt("event_position"), rs.getString("language"), rs.getDouble("confidence"), rs.getInt("evidence_start"),
                rs.getInt("evidence_end"), rs.getString("attributed_to"), fields, rs.getString("decided_by"),
                decidedAt == null ? null : Instant.parse(decidedAt), rs.getString("reason"), rs.getString("record_id"));
    }
}
