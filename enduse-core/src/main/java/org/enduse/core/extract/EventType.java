package org.enduse.core.extract;

import java.util.Locale;

/** The kinds of event extraction reports. */
public enum EventType {
    TRANSFER, SIGHTING, INQUIRY, STATEMENT;

    /** Computed once: every mention and event of every JSON line writes it. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
