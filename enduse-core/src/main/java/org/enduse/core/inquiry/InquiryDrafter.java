package org.enduse.core.inquiry;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enduse.core.assess.Assessment;
import org.enduse.core.assess.Cause;
import org.enduse.core.assess.Evidence;
import org.enduse.core.assess.Verdict;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentDirectory;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.catalog.EquipmentType;
import org.enduse.core.common.Ids;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/**
 * Opens an inquiry from an alert: the donor asks the recipient about a sighting that may breach
 * the terms of a transfer. The draft links the sighting, the transfer and the assessment, and its
 * letter restates the supply, the terms, what was seen, each finding and the evidence, from the
 * templates letter.md and letter.html.
 */
public final class InquiryDrafter {
    /** A new inquiry in DRAFT and its letter. */
    public record Draft(Inquiry inquiry, Letter letter) {}

    private static final LetterTemplate MARKDOWN = LetterTemplate.load("letter.md", LetterTemplate.Format.MARKDOWN);
    private static final LetterTemplate HTML = LetterTemplate.load("letter.html", LetterTemplate.Format.HTML);

    private final EquipmentDirectory equipment;
    private final ActorDirectory actors;

    public InquiryDrafter(EquipmentDirectory equipment, ActorDirectory actors) {
        this.equipment = equipment;
        this.actors = actors;
    }

    /** Drafts an inquiry from the assessment of a sighting against a line of the transfer; the answer is due {@code toAnswer} after today. */
    public Draft draft(Assessment assessment, Sighting sighting, Transfer transfer, LocalDate today, Period toAnswer) {
        if (!sighting.id().equals(assessment.sightingId()) || !transfer.id().equals(assessment.transferId())) {
            throw InvalidInputException.field("assessment", assessment.id() + " is not about sighting " + sighting.id() + " and transfer " + transfer.id());
        }
        if (assessment.verdict() == Verdict.COMPLIANT) {
            throw InvalidInputException.field("assessment", assessment.id() + " found the sighting compliant: there is nothing to ask");
        }
        TransferLine line = transfer.lines().stream().filter(l -> l.id().equals(assessment.lineId())).findFirst()
                .orElseThrow(() -> InvalidInputException.field("line", "transfer " + transfer.id() + " has no line " + assessment.lineId()));
        String where = placeName(sighting);
        String subject = "End use of " + name(line.equipment()) + " supplied under " + transferName(transfer)
                + (where == null && sighting.observed() == null ? "" : ", seen") + (where == null ? "" : " in " + where)
                + (sighting.observed() == null ? "" : " on " + sighting.observed());
        Inquiry inquiry = new Inquiry(Ids.next("inq"), transfer.donor(), transfer.recipient(), subject, InquiryState.DRAFT, today.plus(toAnswer),
                List.of(sighting.id()), List.of(transfer.id()), List.of(assessment.id()), null);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subject", subject);
        values.put("requester", transfer.donor().value());
        values.put("requesterName", transfer.donor().displayName());
        values.put("responder", transfer.recipient().value());
        values.put("responderName", transfer.recipient().displayName());
        values.put("date", today.toString());
        values.put("inquiryId", inquiry.id());
        values.put("supply", supply(transfer, line));
        values.put("terms", terms(transfer.terms()));
        values.put("sighting", seen(sighting));
        values.put("findings", findings(assessment));
        values.put("evidence", evidence(assessment.evidence()));
        values.put("deadline", inquiry.deadline().toString());
        values.put("assessmentId", assessment.id());
        return new Draft(inquiry, new Letter(MARKDOWN.render(values), HTML.render(values)));
    }

    private static String transferName(Transfer t) {
        return t.name() != null ? t.name() + " (" + t.id() + ")" : "transfer " + t.id();
    }

    /** The place's name, else its region code or country, else null. */
    private static String placeName(Sighting s) {
        Place p = s.place();
        if (p.name() != null) return p.name();
        if (p.region() != null) return p.region();
        return p.country() == null ? null : p.country().displayName();
    }

    private List<String> supply(Transfer t, TransferLine line) {
        List<String> out = new ArrayList<>();
        out.add("Transfer: " + transferName(t) + (t.announced() == null ? "" : ", announced " + t.announced()) + (t.value() == null ? "" : ", worth " + t.value()));
        out.add("Line " + line.id() + ": " + line.quantity() + " of " + name(line.equipment()));
        var delivered = line.firstReached(LifecycleStatus.DELIVERED);
        out.add(delivered == null ? "Delivery: not recorded" : "Delivered: " + delivered.date());
        if (!line.serials().isEmpty()) out.add("Serials: " + String.join(", ", line.serials().stream().map(Object::toString).toList()));
        return out;
    }

    private static List<String> terms(EndUseTerms terms) {
        if (terms.isEmpty()) return List.of("No end-use terms are on record for this supply.");
        List<String> out = new ArrayList<>();
        if (!terms.permittedTerritory().isEmpty()) out.add("Use only within: " + String.join(", ", terms.permittedTerritory()));
        if (!terms.permittedEndUsers().isEmpty()) out.add("End users: " + String.join(", ", terms.permittedEndUsers()) + " and their units");
        if (terms.purpose() != null) out.add("Purpose: " + terms.purpose().label().replace('_', ' '));
        if (terms.retransferRequiresConsent()) out.add("No re-transfer to another party without prior consent");
        if (terms.rightToInspect()) out.add("The supplier may verify end use on site");
        if (terms.validUntil() != null) out.add("Valid until: " + terms.validUntil());
        return out;
    }

    private List<String> seen(Sighting s) {
        List<String> out = new ArrayList<>();
        out.add("Equipment: " + name(s.equipment()) + (s.quantity().isKnown() && s.quantity().amount().intValue() != 1 ? ", " + s.quantity() : ""));
        out.add("When: " + (s.observed() == null ? "date unknown" : s.observed().toString()));
        out.add("Where: " + s.place());
        out.add("Held by: " + holder(s.holder()));
        out.add("Condition: " + s.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (!s.serials().isEmpty()) out.add("Serials read: " + String.join(", ", s.serials()));
        if (!s.markings().isEmpty()) out.add("Markings: " + String.join("; ", s.markings()));
        return out;
    }

    /** The explanation lines that raised a breach or an open question, with the meaning of their cause code. */
    private static List<String> findings(Assessment a) {
        List<String> out = new ArrayList<>();
        for (String line : a.explanation()) {
            int open = line.lastIndexOf(" [");
            if (open < 0 || !line.endsWith("]")) continue;
            Cause cause = Cause.valueOf(line.substring(open + 2, line.length() - 1));
            if (cause.kind() == Cause.Kind.NOTE) continue;
            out.add(line.substring(0, open) + " (" + cause.name() + ": " + cause.meaning() + ")");
        }
        if (out.isEmpty()) out.add("The assessment found " + a.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        return out;
    }

    private static List<String> evidence(List<Evidence> evidence) {
        if (evidence.isEmpty()) return List.of("No source is on record.");
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            String span = e.start() == null ? "" : ", characters " + e.start() + "-" + e.end();
            out.add("Source " + e.sourceId() + span + (e.quote() == null ? "" : ": \"" + e.quote() + "\""));
        }
        return out;
    }

    private String name(EquipmentRef ref) {
        if (ref.typeId() == null) return ref.description();
        return equipment.type(ref.typeId()).map(EquipmentType::name).orElse(ref.typeId());
    }

    private String holder(ActorRef ref) {
        if (ref == null) return "unknown";
        if (ref.actorId() == null) return ref.name();
        return actors.actor(ref.actorId()).map(a -> a.name() + " (" + a.id() + ")").orElse(ref.toString());
    }
}
