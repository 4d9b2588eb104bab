package org.enduse.core.geo;

import java.util.Map;
import org.enduse.core.common.CountryCode;

/**
 * A named place in the gazetteer: a country, a first-level region or a populated place.
 * {@code id} is the ISO code for countries and regions and "gn:" plus the GeoNames id for places.
 * {@code names} maps ISO 639-1 language to the name in that language, where the data has one, and
 * {@link Gazetteer#ALTERNATIVE} plus the name to alternative names of no known language.
 */
public record GazetteerEntry(String id, Kind kind, String name, String country, String regionCode,
                             double lat, double lon, long population, Map<String, String> names) {
    public enum Kind { COUNTRY, REGION, PLACE }

    /** What a populated place's id starts with, before its GeoNames id. */
    public static final String PLACE_PREFIX = "gn:";

    /** As a Place record, with the precision its kind implies. */
    public Place toPlace() {
        GeoPrecision precision = switch (kind) {
            case COUNTRY -> GeoPrecision.COUNTRY;
            case REGION -> GeoPrecision.REGION;
            case PLACE -> GeoPrecision.SETTLEMENT;
        };
        boolean point = kind == Kind.PLACE;
        return new Place(name, CountryCode.ofNullable(country), kind == Kind.COUNTRY ? null : regionCode,
                point ? lat : null, point ? lon : null, precision);
    }
}
