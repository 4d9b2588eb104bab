package org.enduse.core.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads enum values the way users write them: any case, dashes or spaces for underscores. */
public final class Enums {
    private Enums() {}

    /** Null for blank text; otherwise the constant, or an error naming the field and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) return null;
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        throw InvalidInputException.field(field, "'" + text.strip() + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enums::label).collect(Collectors.joining(", ")));
    }

    /** The lower-case form files and output use. */
    public static String label(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
