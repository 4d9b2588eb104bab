package org.enduse.store.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.inquiry.Attachment;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.Inquiry;
import org.enduse.core.inquiry.InquiryEvent;
import org.enduse.core.inquiry.InquiryQuery;
import org.enduse.core.inquiry.InquiryRepository;
import org.enduse.core.inquiry.InquiryState;
import org.jdbi.v3.core.Handle;

/**
 * Inquiries across the inquiries, inquiry_links, inquiry_events, inquiry_correspondence and
 * inquiry_attachments tables. Saving audits the inquiry's state after; each event is audited as
 * its own step ("inquiry.send", with from and to states), each letter as a created record.
 */
final class SqlInquiries implements InquiryRepository {
    private static final String SIGHTING = "sighting", TRANSFER = "transfer", ASSESSMENT = "assessment";
    private final Handle handle;
    private final Statements sql;
    private final AuditWriter audit;

    SqlInquiries(Handle handle, Statements sql, AuditWriter audit) {
        this.handle = handle;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Optional<Inquiry> find(String id) {
        return load("id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<Inquiry> list(InquiryQuery query) {
        var all = query.state() == null ? load("1 = 1", Map.of()) : load("state = :state", Map.of("state", query.state().name()));
        return all.stream().filter(query::matches).toList();
    }

    @Override
    public void save(Inquiry i) {
        writing();
        boolean existed = sql.any("SELECT 1 FROM inquiries WHERE id = ?", i.id());
        Object[] values = {i.requester().value(), i.responder().value(), i.subject(), i.state().name(), Rows.text(i.deadline()), i.outcome(), i.id()};
        if (existed) {
            sql.update("UPDATE inquiries SET requester = ?, responder = ?, subject = ?, state = ?, deadline = ?, outcome = ? WHERE id = ?", values);
            sql.update("DELETE FROM inquiry_links WHERE inquiry_id = ?", i.id());
        } else {
            sql.update("INSERT INTO inquiries (requester, responder, subject, state, deadline, outcome, id) VALUES (?, ?, ?, ?, ?, ?, ?)", values);
        }
        link(i.id(), SIGHTING, i.sightingIds());
        link(i.id(), TRANSFER, i.transferIds());
        link(i.id(), ASSESSMENT, i.assessmentIds());
        audit.saved(existed, "inquiry", i.id(), i);
    }

    private void link(String inquiryId, String kind, List<String> targets) {
        for (String target : targets.stream().distinct().toList()) {
            sql.update("INSERT INTO inquiry_links (inquiry_id, kind, target_id) VALUES (?, ?, ?)", inquiryId, kind, target);
        }
    }

    @Override
    public void append(InquiryEvent e) {
        writing();
        long position = sql.number("SELECT COUNT(*) FROM inquiry_events WHERE inquiry_id = ?", e.inquiryId());
        sql.update("INSERT INTO inquiry_events (inquiry_id, position, action, from_state, to_state, user_name, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.inquiryId(), position, e.action(), Rows.text(e.from()), e.to().name(), e.user(), AuditWriter.timestamp(e.at()), e.detail());
        var entry = e.toAuditEntry();
        audit.stepped(entry.action(), entry.entityType(), entry.entityId(), "at " + e.at() + ": " + entry.detail());
    }

    @Override
    public void append(Correspondence c) {
        writing();
        long position = sql.number("SELECT COUNT(*) FROM inquiry_correspondence WHERE inquiry_id = ?", c.inquiryId());
        sql.update("INSERT INTO inquiry_correspondence (inquiry_id, position, sent_on, direction, summary) VALUES (?, ?, ?, ?, ?)",
                c.inquiryId(), position, c.date().toString(), c.direction().name(), c.summary());
        for (int k = 0; k < c.attachments().size(); k++) {
            Attachment a = c.attachments().get(k);
            sql.update("INSERT INTO inquiry_attachments (inquiry_id, correspondence, position, name, media_type, size_bytes, sha256, stored_path) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.inquiryId(), position, k, a.name(), a.mediaType(), a.size(), a.sha256(), a.storedPath());
        }
        audit.saved(false, "inquiry_correspondence", c.inquiryId() + "/" + position, c);
    }

    @Override
    public List<InquiryEvent> events(String inquiryId) {
        return handle.createQuery("SELECT * FROM inquiry_events WHERE inquiry_id = :id ORDER BY position").bind("id", inquiryId)
                .map((rs, ctx) -> new InquiryEvent(rs.getString("inquiry_id"), rs.getString("action"), Rows.enumOf(InquiryState.class, rs.getString("from_state")),
                        InquiryState.valueOf(rs.getString("to_state")), rs.getString("user_name"), Instant.parse(rs.getString("at")), rs.getString("detail")))
                .list();
    }

    private record AttachmentRow(int correspondence, Attachment attachment) {}

    @Override
    public List<Correspondence> correspondence(String inquiryId) {
        var attachments = Rows.group(handle.createQuery("SELECT * FROM inquiry_attachments WHERE inquiry_id = :id ORDER BY correspondence, position")
                .bind("id", inquiryId)
                .map((rs, ctx) -> new AttachmentRow(rs.getInt("correspondence"), new Attachment(rs.getString("name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256")))).list(), AttachmentRow::correspondence);
        return handle.createQuery("SELECT * FROM inquiry_correspondence WHERE inquiry_id = :id ORDER BY position").bind("id", inquiryId)
                .map((rs, ctx) -> new Correspondence(inquiryId, LocalDate.parse(rs.getString("sent_on")),
                        Correspondence.Direction.valueOf(rs.getString("direction")), rs.getString("summary"),
                        attachments.getOrDefault(rs.getInt("position"), List.of()).stream().map(AttachmentRow::attachment).toList()))
                .list();
    }

    private record Link(String inquiryId, String kind, String target) {}

    private List<Inquiry> load(String where, Map<String, Object> args) {
        var links = Rows.group(handle.createQuery("SELECT inquiry_id, kind, target_id FROM inquiry_links WHERE inquiry_id IN (SELECT id FROM inquiries WHERE "
                        + where + ") ORDER BY inquiry_id, kind, target_id").bindMap(args)
                .map((rs, ctx) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3))).list(), Link::inquiryId);
        return handle.createQuery("SELECT * FROM inquiries WHERE " + where + " ORDER BY id").bindMap(args).map((rs, ctx) -> {
            String id = rs.getString("id");
            List<Link> ofInquiry = links.getOrDefault(id, List.of());
            String deadline = rs.getString("deadline");
            return new Inquiry(id, Rows.country(rs, "requester"), Rows.country(rs, "responder"), rs.getString("subject"),
                    InquiryState.valueOf(rs.getString("state")), deadline == null ? null : LocalDate.parse(deadline),
                    targets(ofInquiry, SIGHTING), targets(ofInquiry, TRANSFER), targets(ofInquiry, ASSESSMENT), rs.getString("outcome"));
        }).list();
    }

    private static List<String> targets(List<Link> links, String kind) {
        List<String> out = new ArrayList<>();
        for (Link l : links) if (l.kind().equals(kind)) out.add(l.target());
        return out;
    }

    private void writing() {
        if (audit == null) throw new IllegalStateException("changing an inquiry needs a write transaction");
    }
}
