package org.enduse.core.assess;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/**
 * A transfer line as the engine indexes it: the line, its transfer, and what every attribution
 * asks of it, worked out once. {@code destroyedSerials} is kept up to date by the engine.
 */
final class LineEntry {
    /** Replaced in place when only the transfer's terms or descriptive fields change: the line and its indexes stay. */
    Transfer transfer;
    final TransferLine line;
    final EquipmentKeys.Info equipment;
    /** The first event at or past delivery, or null when no delivery is recorded. */
    final LifecycleEvent delivery;
    /** The first event at or past shipping; items cannot arrive before it. Null when none. */
    final LifecycleEvent earliestArrivalBound;
    /** Epoch days bounding the delivery date, or of the arrival bound; Long.MIN_VALUE when there is none. */
    final long deliveredFrom;
    final long deliveredTo;
    final long arrivesFrom;
    /** The first CAPTURED event, or null. */
    final LifecycleEvent capture;
    /** The last day of each event in the history, in the history's order. */
    private final long[] eventEnds;
    final String key;
    /** Donor and recipient codes, interned so that comparing them is mostly a reference check. */
    final String donor;
    final String recipient;
    /** The first day the items can have been in the recipient's hands: delivery, else shipping, else none (Long.MIN_VALUE). */
    final long arrivalBound;
    /** The donors of this line's family to its recipient; shared with the other such lines and kept current by the index. */
    EngineIndex.DonorTally tally;
    /** Items on the line, or -1 when the count is unknown or not in items. */
    final long items;
    /** True when the listed serials cover every item, so a serial outside them is not from this line. */
    final boolean serialsComplete;
    /** Normalised serials of this line seen destroyed in sightings: those items are accounted for. */
    final Set<String> destroyedSerials = new HashSet<>();
    /** destroyedSerials.size(), read in the hot loop without touching the set. */
    int destroyedCount;
    /** Whether the donor makes the type; fixed for the line. */
    final CandidateFacts.OriginFit origin;

    LineEntry(Transfer transfer, TransferLine line, EquipmentKeys.Info equipment) {
        this.transfer = transfer;
        this.line = line;
        this.equipment = equipment;
        this.delivery = line.firstReached(LifecycleStatus.DELIVERED);
        this.earliestArrivalBound = line.firstReached(LifecycleStatus.SHIPPED);
        this.deliveredFrom = delivery == null ? Long.MIN_VALUE : delivery.date().earliest().toEpochDay();
        this.deliveredTo = delivery == null ? Long.MIN_VALUE : delivery.date().latest().toEpochDay();
        this.arrivesFrom = earliestArrivalBound == null ? Long.MIN_VALUE : earliestArrivalBound.date().earliest().toEpochDay();
        this.key = transfer.id() + "/" + line.id();
        this.origin = equipment.origin() == null ? CandidateFacts.OriginFit.UNKNOWN
                : equipment.origin().equals(transfer.donor()) ? CandidateFacts.OriginFit.DONOR_MAKES_IT : CandidateFacts.OriginFit.MADE_ELSEWHERE;
        this.donor = transfer.donor().value().intern();
        this.recipient = transfer.recipient().value().intern();
        this.arrivalBound = delivery != null ? deliveredFrom : arrivesFrom;
        this.capture = line.history().stream().filter(e -> e.status() == LifecycleStatus.CAPTURED).findFirst().orElse(null);
        this.eventEnds = line.history().stream().mapToLong(e -> e.date().latest().toEpochDay()).toArray();
        this.items = line.quantity().isKnown() && line.quantity().unit() == QuantityUnit.ITEMS
                ? line.quantity().amount().longValue() : -1;
        BigInteger listed = line.serials().stream().map(SerialRange::size).reduce(BigInteger.ZERO, BigInteger::add);
        this.serialsComplete = items > 0 && listed.longValue() == items;
    }

    /** Records whether an item of this line, by its serial, is seen destroyed; true when that changed anything. */
    boolean markDestroyed(String serial, boolean destroyed) {
        boolean changed = destroyed ? destroyedSerials.add(serial) : destroyedSerials.remove(serial);
        destroyedCount = destroyedSerials.size();
        return changed;
    }

    String key() {
        return key;
    }

    /** True when a reading fits one of the line's serials. */
    boolean fits(SerialReading reading) {
        for (SerialRange r : line.serials()) if (reading.fits(r)) return true;
        return false;
    }

    /** The latest lifecycle event strictly before the given day, or null. */
    LifecycleEvent statusBefore(long epochDay) {
        LifecycleEvent found = null;
        for (int i = 0; i < eventEnds.length; i++) if (eventEnds[i] < epochDay) found = line.history().get(i);
        return found;
    }

    @Override
    public String toString() {
        return key();
    }
}
