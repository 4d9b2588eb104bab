package org.enduse.core.transfer;

import java.util.Locale;
import org.enduse.core.common.InvalidInputException;

/** What a quantity counts. */
public enum QuantityUnit {
    ITEMS, ROUNDS, TONNES, LITRES, SETS, PERSONS;

    public static QuantityUnit parse(String text) {
        if (text == null || text.isBlank()) return ITEMS;
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("unit", "'" + text.strip() + "' is not a unit (items, rounds, tonnes, litres, sets, persons)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
