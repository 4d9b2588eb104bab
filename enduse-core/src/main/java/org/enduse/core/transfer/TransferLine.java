package org.enduse.core.transfer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * One kind of item in a package: what, how many, which serials, and its dated lifecycle. The
 * current status is the latest event in the history.
 */
public record TransferLine(String id, EquipmentRef equipment, Quantity quantity, List<SerialRange> serials,
                           List<LifecycleEvent> history, String note) {
    public TransferLine {
        id = Checks.required("line id", id);
        Checks.required("equipment", equipment);
        if (quantity == null) quantity = Quantity.unknown(QuantityUnit.ITEMS);
        serials = Checks.list(serials);
        history = Checks.list(history).stream().sorted(Comparator.comparing(LifecycleEvent::date)).toList();
        note = Checks.optional(note);
        checkSerialsDistinct(serials);
        if (quantity.isKnown() && quantity.unit() == QuantityUnit.ITEMS) {
            BigInteger counted = serials.stream().map(SerialRange::size).reduce(BigInteger.ZERO, BigInteger::add);
            if (counted.compareTo(quantity.amount().toBigInteger()) > 0) {
                throw InvalidInputException.field("serials", counted + " serials listed for a quantity of " + quantity.amount().toPlainString());
            }
        }
    }

    /** The latest lifecycle status, or null when no event is recorded yet. */
    public LifecycleStatus status() {
        return history.isEmpty() ? null : history.get(history.size() - 1).status();
    }

    /** The first event with at least the given status (e.g. when it was delivered), or null. */
    public LifecycleEvent firstReached(LifecycleStatus status) {
        return history.stream().filter(e -> e.status().ordinal() >= status.ordinal()).findFirst().orElse(null);
    }

    public boolean coversSerial(String serial) {
        return serials.stream().anyMatch(r -> r.contains(serial));
    }

    private static void checkSerialsDistinct(List<SerialRange> serials) {
        List<SerialRange> seen = new ArrayList<>();
        for (SerialRange r : serials) {
            for (SerialRange earlier : seen) {
                if (earlier.overlaps(r)) throw InvalidInputException.field("serials", "serial " + r + " is listed twice in the line (overlaps " + earlier + ")");
            }
            seen.add(r);
        }
    }
}
