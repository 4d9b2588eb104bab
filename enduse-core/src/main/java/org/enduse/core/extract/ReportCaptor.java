package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who captured, read over the whole report: a capture whose sentence names no captor ("В Москве
 * откроется выставка техники НАТО, захваченной в зоне СВО", "Putin's forces have captured ...") is
 * held by the one captor the report's other captures name ("Russian troops captured"), as the custody
 * rule reads a capture (docs/devset.md "Labelling rules": the captor holds it). A report whose captures
 * name two captors (each side took the other's) leaves the unnamed ones without a holder.
 */
final class ReportCaptor {
    private ReportCaptor() {}

    private static final String CAPTURED = "captured";

    static List<Event> complete(List<Event> events) {
        Set<String> captors = new HashSet<>();
        for (Event e : events) if (isCapture(e) && e.holderCountry() != null) captors.add(e.holderCountry());
        if (captors.size() != 1) return events;
        String captor = captors.iterator().next();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(isCapture(e) && e.holderCountry() == null ? e.withHolderCountry(captor) : e);
        return out;
    }

    private static boolean isCapture(Event e) {
        return e.type() == EventType.SIGHTING && CAPTURED.equals(e.status());
    }
}
