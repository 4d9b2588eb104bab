package org.enduse.core.review;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;

/**
 * The fields of a candidate a reviewer may change, each with the kinds it applies to and the check
 * its value passes when edited: the same parsers `sightings add` and `transfers add` use, so a
 * value an edit accepts is one those commands accept. Whole-record checks (a transfer's donor
 * differing from its recipient, equipment present) run when the candidate is accepted.
 */
public enum CandidateField {
    EQUIPMENT("equipment", "equipment_type", Set.of(CandidateKind.SIGHTING, CandidateKind.TRANSFER), (k, v) -> { }),
    DESCRIPTION("description", "equipment_description", Set.of(CandidateKind.SIGHTING, CandidateKind.TRANSFER), (k, v) -> { }),
    QUANTITY("quantity", "quantity", Set.of(CandidateKind.SIGHTING, CandidateKind.TRANSFER), (k, v) -> new Quantity(number("quantity", v), null)),
    UNIT("unit", "unit", Set.of(CandidateKind.SIGHTING, CandidateKind.TRANSFER), (k, v) -> QuantityUnit.parse(v)),
    COUNTRY("country", "country", Set.of(CandidateKind.SIGHTING), (k, v) -> CountryCode.of(v)),
    PLACE("place", "place_name", Set.of(CandidateKind.SIGHTING), (k, v) -> { }),
    HOLDER("holder", "holder_actor_id", Set.of(CandidateKind.SIGHTING), (k, v) -> { }),
    HOLDER_NAME("holder-name", "holder_name", Set.of(CandidateKind.SIGHTING), (k, v) -> { }),
    STATUS("status", "event_status", Set.of(CandidateKind.SIGHTING, CandidateKind.TRANSFER), CandidateField::status),
    OBSERVED("observed", "observed", Set.of(CandidateKind.SIGHTING), (k, v) -> PartialDate.parse(v)),
    DONOR("donor", "donor", Set.of(CandidateKind.TRANSFER), (k, v) -> CountryCode.of(v)),
    RECIPIENT("recipient", "recipient", Set.of(CandidateKind.TRANSFER), (k, v) -> CountryCode.of(v)),
    VALUE("value", "value_amount", Set.of(CandidateKind.TRANSFER), (k, v) -> new Money(number("value", v), "EUR")),
    CURRENCY("currency", "value_currency", Set.of(CandidateKind.TRANSFER), (k, v) -> new Money(BigDecimal.ONE, v)),
    ANNOUNCED("announced", "announced", Set.of(CandidateKind.TRANSFER), (k, v) -> PartialDate.parse(v));

    private final String label;
    private final String column;
    private final Set<CandidateKind> kinds;
    private final BiConsumer<CandidateKind, String> check;

    CandidateField(String label, String column, Set<CandidateKind> kinds, BiConsumer<CandidateKind, String> check) {
        this.label = label;
        this.column = column;
        this.kinds = kinds;
        this.check = check;
    }

    /** The name users write (an option without its dashes, a JSON key). */
    public String label() {
        return label;
    }

    /** The column of the candidates table that holds the field. */
    public String column() {
        return column;
    }

    public boolean appliesTo(CandidateKind kind) {
        return kinds.contains(kind);
    }

    /** The fields a candidate of this kind has, in display order. */
    public static List<CandidateField> of(CandidateKind kind) {
        return Arrays.stream(values()).filter(f -> f.appliesTo(kind)).toList();
    }

    /** The field with this label, or an error listing the fields the kind has. */
    public static CandidateField parse(String label, CandidateKind kind) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (CandidateField f : values()) if (f.label.equals(wanted) && f.appliesTo(kind)) return f;
        throw InvalidInputException.field(label, "a " + kind.label() + " candidate has no such field (it has "
                + String.join(", ", of(kind).stream().map(CandidateField::label).toList()) + ")");
    }

    /** Throws an error naming this field when the value (non-blank) is not one the record would take. */
    public void check(CandidateKind kind, String value) {
        if (value == null || value.isBlank()) return;
        try {
            check.accept(kind, value.strip());
        } catch (InvalidInputException e) {
            throw InvalidInputException.field(label, e.problems().get(0).message());
        }
    }

    private static void status(CandidateKind kind, String value) {
        if (kind == CandidateKind.SIGHTING) Enums.parse(SightingStatus.class, value, "status");
        else Enums.parse(LifecycleStatus.class, value, "status");
    }

    static BigDecimal number(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "'" + value.strip() + "' is not a number");
        }
    }
}
