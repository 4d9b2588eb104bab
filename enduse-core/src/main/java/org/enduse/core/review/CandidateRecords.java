package org.enduse.core.review;

import java.util.List;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.sighting.Verification;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/**
 * The record a candidate becomes when accepted, built through the same constructors and parsers
 * as records entered by hand, and linked to the candidate's source. A missing or bad field is an
 * {@link InvalidInputException} naming the candidate field, so the reviewer knows what to edit.
 */
final class CandidateRecords {
    private CandidateRecords() {}

    static Sighting sighting(Candidate c, String id) {
        return new Sighting(id, equipment(c), quantity(c), List.of(), List.of(),
                new Place(c.field(CandidateField.PLACE), CountryCode.ofNullable(c.field(CandidateField.COUNTRY)), null, null, null, null),
                PartialDate.parseNullable(c.field(CandidateField.OBSERVED)), holder(c),
                Enums.parse(SightingStatus.class, c.field(CandidateField.STATUS), "status"), Verification.UNVERIFIED,
                List.of(c.sourceId()), note(c));
    }

    /** A transfer with one line; its lifecycle gets the candidate's status when the candidate has a date for it. */
    static Transfer transfer(Candidate c, String id) {
        PartialDate announced = PartialDate.parseNullable(c.field(CandidateField.ANNOUNCED));
        LifecycleStatus status = Enums.parse(LifecycleStatus.class, c.field(CandidateField.STATUS), "status");
        List<LifecycleEvent> history = status != null && announced != null
                ? List.of(new LifecycleEvent(status, announced, c.sourceId(), null)) : List.of();
        String value = c.field(CandidateField.VALUE);
        return new Transfer(id, null, country(c, CandidateField.DONOR), country(c, CandidateField.RECIPIENT), null, announced,
                value == null ? null : new Money(CandidateField.number("value", value), c.field(CandidateField.CURRENCY)),
                List.of(new TransferLine("l1", equipment(c), quantity(c), List.of(), history, null)), null,
                List.of(c.sourceId()), note(c));
    }

    private static EquipmentRef equipment(Candidate c) {
        String type = c.field(CandidateField.EQUIPMENT), description = c.field(CandidateField.DESCRIPTION);
        if (type == null && description == null) {
            throw InvalidInputException.field("equipment", "the source names none; set it with review edit " + c.id()
                    + " --equipment TYPE or --description TEXT");
        }
        return new EquipmentRef(type, description);
    }

    private static Quantity quantity(Candidate c) {
        var amount = CandidateField.number("quantity", c.field(CandidateField.QUANTITY));
        var unit = QuantityUnit.parse(c.field(CandidateField.UNIT));
        return amount == null && c.kind() == CandidateKind.SIGHTING ? null : new Quantity(amount, unit);
    }

    private static ActorRef holder(Candidate c) {
        String id = c.field(CandidateField.HOLDER), name = c.field(CandidateField.HOLDER_NAME);
        return id == null && name == null ? null : new ActorRef(id, name);
    }

    private static CountryCode country(Candidate c, CandidateField field) {
        String code = c.field(field);
        if (code == null) throw InvalidInputException.field(field.label(), "is required; set it with review edit " + c.id() + " --" + field.label() + " CC");
        return CountryCode.of(code);
    }

    private static String note(Candidate c) {
        return "from review candidate " + c.id() + (c.attributedTo() == null ? "" : ", attributed to " + c.attributedTo());
    }
}
