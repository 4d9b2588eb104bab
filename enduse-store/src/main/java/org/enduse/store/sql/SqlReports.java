package org.enduse.store.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enduse.core.common.Enums;
import org.enduse.core.extract.Event;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Mention;
import org.enduse.core.extract.Story;
import org.enduse.core.ingest.ReportRepository;
import org.jdbi.v3.core.Handle;

/**
 * Ingested reports in source_texts, mentions, events, stories and story_sources. Mentions and
 * events are derived from the text, so they are not audited one by one: the source they belong to
 * is, in the same transaction.
 */
final class SqlReports implements ReportRepository {
    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlReports(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Optional<String> sourceWithSha256(String sha256) {
        // Asked once or twice for every ingested document: a statement prepared once, not a JDBI query.
        return sql.text("SELECT source_id FROM source_texts WHERE sha256 = ?", sha256);
    }

    @Override
    public void save(String sourceId, Extraction x) {
        writable();
        var d = x.document();
        sql.update("INSERT INTO source_texts (source_id, sha256, format, charset, body) VALUES (?, ?, ?, ?, ?)", sourceId, d.sha256(),
                Enums.label(d.format()), d.charset(), d.text());
        List<Mention> mentions = x.mentions();
        List<Object[]> mentionRows = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            mentionRows.add(new Object[] {sourceId, i, m.kind().label(), m.text(), m.start(), m.end(), m.id(), m.name(), m.code(), m.country(),
                    Rows.decimal(m.amount()), m.unit(), m.currency(), m.item(), Rows.text(m.date()), m.role(), Enums.label(m.actorKind()),
                    m.confidence()});
        }
        sql.batch("INSERT INTO mentions (source_id, position, kind, surface, start_offset, end_offset, entry_id, name, code, country, "
                + "amount, unit, currency, item, date_value, role, actor_kind, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mentionRows);
        List<Event> events = x.events();
        List<Object[]> eventRows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            eventRows.add(new Object[] {sourceId, i, e.type().label(), e.donor(), e.recipient(),
                    e.equipment().isEmpty() ? null : String.join("\n", e.equipment()), Rows.decimal(e.quantity()), Rows.decimal(e.value()),
                    e.currency(), e.status(), e.locationCountry(), e.place(), e.holder(), e.by(), e.target(), e.kind(), e.stance(),
                    e.attributedTo(), e.confidence(), e.evidenceStart(), e.evidenceEnd()});
        }
        sql.batch("INSERT INTO events (source_id, position, event_type, donor, recipient, equipment, quantity, value_amount, value_currency, "
                + "status, location_country, place, holder, by_actor, target, kind, stance, attributed_to, confidence, evidence_start, "
                + "evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", eventRows);
    }

    @Override
    public Optional<String> text(String sourceId) {
        return handle.createQuery("SELECT body FROM source_texts WHERE source_id = :id").bind("id", sourceId).mapTo(String.class).findOne();
    }

    @Override
    public void save(Story story) {
        writable();
        sql.update("INSERT INTO stories (id, shared_features) VALUES (?, ?)", story.id(), String.join("\n", story.sharedFeatures()));
        sql.batch("INSERT INTO story_sources (story_id, source_id) VALUES (?, ?)",
                story.sources().stream().map(sourceId -> new Object[] {story.id(), sourceId}).toList());
        audit.saved(false, "story", story.id(), story);
    }

    private void writable() {
        if (audit == null) throw new IllegalStateException("storing a report needs a write transaction");
    }
}
