package org.enduse.core.extract;

/** Names that ship with extraction: countries, their adjectives and demonyms, and capitals. */
public final class BuiltInNames {
    private static final TsvNameSource COUNTRIES = TsvNameSource.resource("/org/enduse/core/extract/countries.tsv");

    private BuiltInNames() {}

    public static NameSource countries() {
        return COUNTRIES;
    }
}
