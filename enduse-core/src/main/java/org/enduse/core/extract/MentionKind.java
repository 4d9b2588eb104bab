package org.enduse.core.extract;

import java.util.Locale;

/** What a mention names; the JSON output writes the lower-case label. */
public enum MentionKind {
    EQUIPMENT, COUNTRY, PLACE, ORGANIZATION, PERSON, QUANTITY, MONEY, DATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
