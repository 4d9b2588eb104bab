package org.enduse.core.extract;

/**
 * Names that ship with extraction: countries, their adjectives and demonyms, and capitals; and the
 * areas the gazetteer has no entry for (continents, world regions, seas, Donbas).
 */
public final class BuiltInNames {
    private static final TsvNameSource COUNTRIES = TsvNameSource.resource("/org/enduse/core/extract/countries.tsv");

    private static final TsvNameSource AREAS = TsvNameSource.resource("/geo/areas.tsv");

    private BuiltInNames() {}

    /** Continents, world regions, seas and named parts of countries, as places. */
    public static NameSource areas() {
        return AREAS;
    }

    public static NameSource countries() {
        return COUNTRIES;
    }
}
