package org.enduse.core.review;

import java.util.Locale;

/** What a candidate would become once accepted. */
public enum CandidateKind {
    SIGHTING, TRANSFER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
