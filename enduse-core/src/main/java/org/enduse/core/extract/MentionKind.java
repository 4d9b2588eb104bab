package org.enduse.core.extract;

import java.util.Locale;

/** What a mention names; the JSON output writes the lower-case label. */
public enum MentionKind {
    EQUIPMENT, COUNTRY, PLACE, ORGANIZATION, PERSON, QUANTITY, MONEY, DATE;

    /** Computed once: every mention and event of every JSON line writes it. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
