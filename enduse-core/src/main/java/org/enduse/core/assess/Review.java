package org.enduse.core.assess;

import java.time.Instant;
import org.enduse.core.common.Checks;

/**
 * A person's decision on the potential violation of one sighting against one line. Only this makes
 * a violation confirmed. It holds while the facts still give a potential violation; when they
 * change, the explanation says the review no longer applies.
 */
public record Review(String sightingId, String transferId, String lineId, ReviewDecision decision, String reviewer,
                     Instant at, String note) {
    public Review {
        sightingId = Checks.required("sighting id", sightingId);
        transferId = Checks.required("transfer id", transferId);
        lineId = Checks.required("line id", lineId);
        Checks.required("decision", decision);
        reviewer = Checks.required("reviewer", reviewer);
        Checks.required("review time", at);
        note = Checks.optional(note);
    }

    String lineKey() {
        return transferId + "/" + lineId;
    }
}
