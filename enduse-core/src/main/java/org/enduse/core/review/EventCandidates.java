package org.enduse.core.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.enduse.core.common.Ids;
import org.enduse.core.extract.Event;
import org.enduse.core.extract.EventType;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Mention;
import org.enduse.core.extract.MentionKind;

/**
 * Turns the sighting and transfer events of one report into pending candidates. An event names
 * equipment and holders by canonical name; the catalog ids come from the mentions inside the
 * event's evidence sentence that carry those names.
 */
public final class EventCandidates {
    private EventCandidates() {}

    public static List<Candidate> of(String sourceId, Extraction x) {
        List<Candidate> out = new ArrayList<>();
        List<Event> events = x.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            CandidateKind kind = e.type() == EventType.SIGHTING ? CandidateKind.SIGHTING
                    : e.type() == EventType.TRANSFER ? CandidateKind.TRANSFER : null;
            if (kind == null) continue;
            out.add(new Candidate(Ids.next("ca"), kind, CandidateStatus.PENDING, sourceId, i, x.language(), e.confidence(),
                    e.evidenceStart(), e.evidenceEnd(), e.attributedTo(), fields(kind, e, x.mentions()), null, null, null, null));
        }
        return out;
    }

    private static Map<CandidateField, String> fields(CandidateKind kind, Event e, List<Mention> mentions) {
        Map<CandidateField, String> f = new EnumMap<>(CandidateField.class);
        if (!e.equipment().isEmpty()) {
            f.put(CandidateField.DESCRIPTION, String.join(", ", e.equipment()));
            f.put(CandidateField.EQUIPMENT, idNamed(e, mentions, MentionKind.EQUIPMENT, e.equipment().get(0)));
        }
        f.put(CandidateField.QUANTITY, plain(e.quantity()));
        f.put(CandidateField.STATUS, e.status());
        if (kind == CandidateKind.SIGHTING) {
            f.put(CandidateField.COUNTRY, e.locationCountry());
            f.put(CandidateField.PLACE, e.place());
            f.put(CandidateField.HOLDER_NAME, e.holder());
            if (e.holder() != null) f.put(CandidateField.HOLDER, idNamed(e, mentions, MentionKind.ORGANIZATION, e.holder()));
        } else {
            f.put(CandidateField.DONOR, e.donor());
            f.put(CandidateField.RECIPIENT, e.recipient());
            f.put(CandidateField.VALUE, plain(e.value()));
            f.put(CandidateField.CURRENCY, e.currency());
        }
        return f;
    }

    /** The dictionary id of a mention of this kind and name inside the evidence sentence, or null. */
    private static String idNamed(Event e, List<Mention> mentions, MentionKind kind, String name) {
        for (Mention m : mentions) {
            if (m.kind() == kind && m.id() != null && m.inside(e.evidenceStart(), e.evidenceEnd())
                    && (name.equals(m.name()) || name.equals(m.text()))) {
                return m.id();
            }
        }
        return null;
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }
}
