package org.enduse.core.assess;

import org.enduse.core.common.Checks;

/** A piece of a source an answer rests on: the source and the character span in its text. */
public record Evidence(String sourceId, Integer start, Integer end, String quote) {
    public Evidence {
        sourceId = Checks.required("source id", sourceId);
        if (start != null && end != null && end < start) throw new IllegalArgumentException("evidence span ends before it starts");
    }
}
