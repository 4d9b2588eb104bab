package org.enduse.app.cli.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateDetail;
import org.enduse.core.review.CandidateField;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.Excerpt;

/** How the review commands print a candidate: plain text with its evidence marked, and JSON (the one-line summary is {@link Candidate#summary()}). */
final class CandidateView {
    /** Marks the evidence inside its context in plain text, where colour may not be available. */
    static final String OPEN = ">>>", CLOSE = "<<<";

    private CandidateView() {}

    static String text(CandidateDetail d) {
        Candidate c = d.candidate();
        var out = new StringBuilder();
        out.append(c.id()).append(": ").append(c.kind().label()).append(" candidate, ").append(c.status().label())
                .append(String.format(", confidence %.2f", c.confidence())).append(c.language() == null ? "" : ", language " + c.language()).append('\n');
        if (c.decidedBy() != null) {
            out.append(c.status().label()).append(" by ").append(c.decidedBy()).append(" at ").append(c.decidedAt())
                    .append(c.reason() == null ? "" : ": " + c.reason()).append(c.recordId() == null ? "" : " -> " + c.recordId()).append('\n');
        }
        var s = d.source();
        out.append("source: ").append(c.sourceId());
        if (s != null) {
            out.append(' ').append(s.location());
            if (s.title() != null) out.append(" \"").append(s.title()).append('"');
            if (s.published() != null) out.append(", published ").append(s.published());
        }
        out.append('\n');
        if (c.attributedTo() != null) out.append("attributed to: ").append(c.attributedTo()).append('\n');
        for (CandidateField f : CandidateField.of(c.kind())) {
            out.append(String.format("  %-12s %s%n", f.label(), or(c.field(f), "-")));
        }
        out.append("evidence [").append(c.evidenceStart()).append("..").append(c.evidenceEnd()).append("):\n");
        Excerpt e = d.excerpt();
        if (e == null) {
            out.append("  (the source has no stored text)");
        } else {
            out.append(e.moreBefore() ? "..." : "").append(e.before()).append(OPEN).append(e.evidence()).append(CLOSE).append(e.after())
                    .append(e.moreAfter() ? "..." : "");
        }
        return out.toString();
    }

    static Map<String, Object> json(Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("kind", c.kind().label());
        m.put("status", c.status().label());
        m.put("source_id", c.sourceId());
        m.put("language", c.language());
        m.put("confidence", c.confidence());
        m.put("evidence", Map.of("start", c.evidenceStart(), "end", c.evidenceEnd()));
        m.put("attributed_to", c.attributedTo());
        Map<String, String> fields = new LinkedHashMap<>();
        for (CandidateField f : CandidateField.of(c.kind())) fields.put(f.label(), c.field(f));
        m.put("fields", fields);
        m.put("decided_by", c.decidedBy());
        m.put("decided_at", c.decidedAt() == null ? null : c.decidedAt().toString());
        m.put("reason", c.reason());
        m.put("record_id", c.recordId());
        return m;
    }

    static Map<String, Object> json(CandidateDetail d) {
        Map<String, Object> m = json(d.candidate());
        if (d.excerpt() != null) {
            Excerpt e = d.excerpt();
            m.put("excerpt", Map.of("start", e.start(), "before", e.before(), "evidence", e.evidence(), "after", e.after()));
        }
        if (d.source() != null) m.put("source_location", d.source().location());
        return m;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
