package org.enduse.core.review;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.enduse.core.common.Checks;

/**
 * A sighting or transfer a report suggests, waiting for a person: the fields the event gave (as
 * text, possibly edited by a reviewer), the source and the evidence span ([evidenceStart,
 * evidenceEnd) into the source's stored text) it rests on, and, once decided, who decided, when,
 * why (a rejection's reason) and which record acceptance made.
 *
 * @param eventPosition the event's index among the source's stored events
 */
public record Candidate(String id, CandidateKind kind, CandidateStatus status, String sourceId, int eventPosition, String language,
                        double confidence, int evidenceStart, int evidenceEnd, String attributedTo, Map<CandidateField, String> fields,
                        String decidedBy, Instant decidedAt, String reason, String recordId) {
    public Candidate {
        id = Checks.required("candidate id", id);
        Checks.required("kind", kind);
        Checks.required("status", status);
        sourceId = Checks.required("source id", sourceId);
        var copy = new EnumMap<CandidateField, String>(CandidateField.class);
        if (fields != null) {
            fields.forEach((f, v) -> {
                String value = Checks.optional(v);
                if (value != null && f.appliesTo(kind)) copy.put(f, value);
            });
        }
        fields = Collections.unmodifiableMap(copy);
    }

    /**
     * One line for lists and the review page: "RU, Belgorod, held by Russian Volunteer Corps, in_use"
     * or "US -> UA, 4, delivered".
     */
    public String summary() {
        var parts = new java.util.ArrayList<String>();
        if (kind == CandidateKind.TRANSFER) {
            parts.add(orElse(field(CandidateField.DONOR), "?") + " -> " + orElse(field(CandidateField.RECIPIENT), "?"));
        } else {
            addIfPresent(parts, field(CandidateField.COUNTRY));
            addIfPresent(parts, field(CandidateField.PLACE));
            String holder = orElse(field(CandidateField.HOLDER_NAME), field(CandidateField.HOLDER));
            if (holder != null) parts.add("held by " + holder);
        }
        addIfPresent(parts, field(CandidateField.QUANTITY));
        addIfPresent(parts, field(CandidateField.STATUS));
        return String.join(", ", parts);
    }

    private static void addIfPresent(java.util.List<String> parts, String value) {
        if (value != null) parts.add(value);
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** The field's value, or null when the candidate has none. */
    public String field(CandidateField field) {
        return fields.get(field);
    }

    /** This candidate with one field changed (null or blank clears it). */
    public Candidate with(CandidateField field, String value) {
        var changed = new EnumMap<CandidateField, String>(CandidateField.class);
        changed.putAll(fields);
        changed.put(field, value);
        return new Candidate(id, kind, status, sourceId, eventPosition, language, confidence, evidenceStart, evidenceEnd, attributedTo,
                changed, decidedBy, decidedAt, reason, recordId);
    }

    /** This candidate decided: accepted (with the record made) or rejected (with the reason). */
    public Candidate decided(CandidateStatus outcome, String user, Instant at, String why, String record) {
        return new Candidate(id, kind, outcome, sourceId, eventPosition, language, confidence, evidenceStart, evidenceEnd, attributedTo,
                fields, user, at, why, record);
    }
}
