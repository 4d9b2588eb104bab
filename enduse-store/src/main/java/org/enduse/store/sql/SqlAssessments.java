package org.enduse.store.sql;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.Assessment;
import org.enduse.core.assess.Review;
import org.enduse.core.assess.ReviewDecision;
import org.enduse.core.assess.AssessmentMark;
import org.enduse.core.assess.AssessmentRepository;
import org.enduse.core.assess.RecordChanges;
import org.enduse.core.assess.SightingResult;
import org.enduse.store.json.RecordJson;
import org.jdbi.v3.core.Handle;

/**
 * Assessment results across the assessments (one row per candidate line, the whole assessment as
 * JSON in detail) and assessment_results (one row per sighting) tables, the runs in
 * assessment_runs and the transfers' fingerprints in assessed_transfers. Results are derived
 * data, rebuilt by any run, so only the runs are audited.
 */
final class SqlAssessments implements AssessmentRepository {
    /** The audit entity type of a review decision; its entity id is the sighting's. */
    static final String REVIEW = "assessment_review";
    private static final TypeReference<List<Alert>> ALERTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlAssessments(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public void replace(SightingResult r) {
        writing();
        sql.update("DELETE FROM assessments WHERE sighting_id = ?", r.sightingId());
        sql.update("DELETE FROM assessment_results WHERE sighting_id = ?", r.sightingId());
        Instant at = Instant.EPOCH;
        for (int k = 0; k < r.assessments().size(); k++) {
            Assessment a = r.assessments().get(k);
            if (a.assessedAt() != null && a.assessedAt().isAfter(at)) at = a.assessedAt();
            sql.update("INSERT INTO assessments (id, sighting_id, transfer_id, line_id, score, verdict, assessed_at, detail, position) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.sightingId(), a.transferId(), a.lineId(), a.score(), a.verdict().name(),
                    a.assessedAt() == null ? null : AuditWriter.timestamp(a.assessedAt()), RecordJson.compact(a), k);
        }
        sql.update("INSERT INTO assessment_results (sighting_id, observed, ambiguous, alerts, ruled_out, assessed_at) VALUES (?, ?, ?, ?, ?, ?)",
                r.sightingId(), Rows.text(r.observed()), r.ambiguous() ? 1 : 0, RecordJson.compact(r.alerts()), RecordJson.compact(r.ruledOut()),
                AuditWriter.timestamp(at));
    }

    @Override
    public Optional<SightingResult> find(String sightingId) {
        return load("sighting_id = :id", Map.of("id", sightingId)).stream().findFirst();
    }

    @Override
    public List<SightingResult> list() {
        return load("1 = 1", Map.of());
    }

    @Override
    public Set<String> assessed() {
        return new HashSet<>(handle.createQuery("SELECT sighting_id FROM assessment_results").mapTo(String.class).list());
    }

    @Override
    public Set<String> withCandidateIn(String transferId) {
        return new HashSet<>(handle.createQuery("SELECT DISTINCT sighting_id FROM assessments WHERE transfer_id = :t").bind("t", transferId)
                .mapTo(String.class).list());
    }

    @Override
    public Optional<AssessmentMark> mark() {
        return handle.createQuery("SELECT * FROM assessment_runs ORDER BY through_change DESC, at DESC LIMIT 1")
                .map((rs, ctx) -> new AssessmentMark(rs.getLong("through_change"), Instant.parse(rs.getString("at")), rs.getInt("evaluated"),
                        rs.getInt("full_run") == 1)).findFirst();
    }

    @Override
    public void mark(AssessmentMark m) {
        writing();
        sql.update("INSERT INTO assessment_runs (through_change, at, evaluated, full_run) VALUES (?, ?, ?, ?)",
                m.throughChange(), AuditWriter.timestamp(m.at()), m.evaluated(), m.full() ? 1 : 0);
        audit.saved(false, "assessment_run", String.valueOf(m.throughChange()), m);
    }

    @Override
    public RecordChanges changesAfter(long after) {
        record Change(String type, String id) {}
        var changes = handle.createQuery("SELECT DISTINCT entity_type, entity_id FROM audit WHERE seq > :after AND entity_type IN ('transfer', 'sighting', '" + REVIEW + "')")
                .bind("after", after).map((rs, ctx) -> new Change(rs.getString(1), rs.getString(2))).list();
        long upTo = Math.max(after, sql.number("SELECT COALESCE(MAX(seq), 0) FROM audit"));
        Set<String> transfers = new HashSet<>(), sightings = new HashSet<>();
        for (Change c : changes) (c.type().equals("transfer") ? transfers : sightings).add(c.id());
        return new RecordChanges(upTo, transfers, sightings);
    }

    @Override
    public Map<String, String> lineFingerprints() {
        Map<String, String> out = new HashMap<>();
        handle.createQuery("SELECT transfer_id, lines_fingerprint FROM assessed_transfers").map((rs, ctx) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    @Override
    public void lineFingerprint(String transferId, String fingerprint) {
        writing();
        sql.update("DELETE FROM assessed_transfers WHERE transfer_id = ?", transferId);
        sql.update("INSERT INTO assessed_transfers (transfer_id, lines_fingerprint) VALUES (?, ?)", transferId, fingerprint);
    }

    @Override
    public void saveReview(Review r) {
        writing();
        sql.update("DELETE FROM assessment_reviews WHERE sighting_id = ? AND transfer_id = ? AND line_id = ?", r.sightingId(), r.transferId(), r.lineId());
        sql.update("INSERT INTO assessment_reviews (sighting_id, transfer_id, line_id, decision, reviewer, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                r.sightingId(), r.transferId(), r.lineId(), r.decision().name(), r.reviewer(), AuditWriter.timestamp(r.at()), r.note());
        // Keyed by the sighting: changesAfter reads it as a change of that sighting.
        audit.saved(false, REVIEW, r.sightingId(), r);
    }

    @Override
    public List<Review> reviews() {
        return handle.createQuery("SELECT * FROM assessment_reviews ORDER BY at, sighting_id")
                .map((rs, ctx) -> new Review(rs.getString("sighting_id"), rs.getString("transfer_id"), rs.getString("line_id"),
                        ReviewDecision.valueOf(rs.getString("decision")), rs.getString("reviewer"), Instant.parse(rs.getString("at")),
                        rs.getString("note"))).list();
    }

    private record Row(String sightingId, Assessment assessment) {}

    private List<SightingResult> load(String where, Map<String, Object> args) {
        var assessments = Rows.group(handle.createQuery("SELECT sighting_id, detail FROM assessments WHERE " + where + " ORDER BY sighting_id, position")
                .bindMap(args).map((rs, ctx) -> new Row(rs.getString(1), json(rs.getString(2), Assessment.class))).list(), Row::sightingId);
        return handle.createQuery("SELECT * FROM assessment_results WHERE " + where + " ORDER BY sighting_id").bindMap(args).map((rs, ctx) -> {
            String id = rs.getString("sighting_id");
            return new SightingResult(id, Rows.date(rs, "observed"), rs.getInt("ambiguous") == 1,
                    assessments.getOrDefault(id, List.of()).stream().map(Row::assessment).toList(),
                    json(rs.getString("alerts"), ALERTS), rs.getString("ruled_out") == null ? List.of() : json(rs.getString("ruled_out"), STRINGS));
        }).list();
    }

    private static <T> T json(String text, Class<T> type) {
        try {
            return RecordJson.mapper().readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    private static <T> T json(String text, TypeReference<T> type) {
        try {
            return RecordJson.mapper().readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("a stored result is not readable JSON: " + e.getMessage(), e);
        }
    }

    private void writing() {
        if (audit == null) throw new IllegalStateException("storing assessments needs a write transaction");
    }
}
