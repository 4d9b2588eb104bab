package org.enduse.core.transfer;

import org.enduse.core.common.Checks;
import org.enduse.core.common.PartialDate;

/** One dated step in a line's life, with the source that reports it when there is one. */
public record LifecycleEvent(LifecycleStatus status, PartialDate date, String sourceId, String note) {
    public LifecycleEvent {
        Checks.required("status", status);
        Checks.required("status date", date);
        sourceId = Checks.optional(sourceId);
        note = Checks.optional(note);
    }
}
