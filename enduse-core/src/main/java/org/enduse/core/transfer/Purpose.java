package org.enduse.core.transfer;

import java.util.Locale;
import org.enduse.core.common.InvalidInputException;

/** The use a donor permits. Most aid to Ukraine since 2022 was given for its self-defence. */
public enum Purpose {
    /** Defence of the recipient's own territory against armed attack. */
    SELF_DEFENCE,
    TRAINING,
    LAW_ENFORCEMENT,
    PEACEKEEPING,
    HUMANITARIAN_DEMINING,
    /** Any lawful use by the permitted end users. */
    UNRESTRICTED;

    public static Purpose parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("purpose", "'" + text.strip() + "' is not a purpose (self_defence, training, law_enforcement, peacekeeping, humanitarian_demining, unrestricted)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
