package org.enduse.core.extract;

import java.util.Locale;

/** The kinds of event extraction reports. */
public enum EventType {
    TRANSFER, SIGHTING, INQUIRY, STATEMENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
