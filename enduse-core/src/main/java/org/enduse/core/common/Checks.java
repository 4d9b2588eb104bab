package org.enduse.core.common;

import java.util.List;

/** Argument checks for record constructors; each failure names the field. */
public final class Checks {
    private Checks() {}

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) throw InvalidInputException.field(field, "is required");
        return value.strip();
    }

    public static <T> T required(String field, T value) {
        if (value == null) throw InvalidInputException.field(field, "is required");
        return value;
    }

    /** Blank strings become null so that "not given" has one representation. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }
}
