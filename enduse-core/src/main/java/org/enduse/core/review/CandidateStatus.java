package org.enduse.core.review;

import java.util.Locale;

/** Where a candidate stands in review; only a pending one may be edited, accepted or rejected. */
public enum CandidateStatus {
    PENDING, ACCEPTED, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
