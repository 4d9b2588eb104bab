package org.enduse.core.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.enduse.core.common.PartialDate;
import org.enduse.core.sighting.Sighting;

/**
 * What happened to equipment over time, oldest first, undated last: the lifecycle events of
 * transfer lines (promised, delivered, lost...) and, for one item, the sightings that read its
 * serial. Built from records; nothing is inferred.
 */
public final class Timeline {
    /** One dated happening: a line's lifecycle event ({@code sightingId} null) or a sighting of the item. */
    public record Entry(PartialDate date, String kind, String transferId, String lineId, String status, String sightingId,
                        String place, String sourceId, String note) {}

    private Timeline() {}

    /** Every lifecycle event of every line of the transfer. */
    public static List<Entry> of(Transfer transfer) {
        List<Entry> out = new ArrayList<>();
        for (TransferLine line : transfer.lines()) addHistory(out, transfer, line);
        return sorted(out);
    }

    /**
     * One item by its serial: the history of each line whose serials include it, and each sighting
     * that read it (serials compared as normalised, as matching does).
     */
    public static List<Entry> ofItem(String serial, List<Transfer> transfers, List<Sighting> sightings) {
        String wanted = SerialNumbers.normalise(serial);
        List<Entry> out = new ArrayList<>();
        for (Transfer t : transfers) {
            for (TransferLine line : t.lines()) {
                if (line.serials().stream().anyMatch(r -> r.contains(serial))) addHistory(out, t, line);
            }
        }
        for (Sighting s : sightings) {
            if (s.serials().stream().noneMatch(x -> SerialNumbers.normalise(x).equals(wanted))) continue;
            out.add(new Entry(s.observed(), "sighting", null, null, s.status().name().toLowerCase(java.util.Locale.ROOT), s.id(),
                    s.place().toString(), s.sourceIds().isEmpty() ? null : s.sourceIds().get(0), s.note()));
        }
        return sorted(out);
    }

    private static void addHistory(List<Entry> out, Transfer t, TransferLine line) {
        for (LifecycleEvent e : line.history()) {
            out.add(new Entry(e.date(), "lifecycle", t.id(), line.id(), e.status().name().toLowerCase(java.util.Locale.ROOT), null, null,
                    e.sourceId(), e.note()));
        }
    }

    private static List<Entry> sorted(List<Entry> entries) {
        entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
