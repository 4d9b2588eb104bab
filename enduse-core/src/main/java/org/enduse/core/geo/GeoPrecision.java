package org.enduse.core.geo;

/**
 * How precisely a place is known, from an exact point to only a country. Territory rules use it
 * to stay honest: a point known only as "Belgorod Oblast" is still outside Ukraine, but a point
 * "near the border" may not be.
 */
public enum GeoPrecision {
    /** Geolocated to tens of metres (a photo matched to a street). */
    EXACT,
    /** A named town or village; the point is its centre. */
    SETTLEMENT,
    /** A district or an area around a settlement ("near Kozinka"). */
    DISTRICT,
    /** A first-level region only (oblast, province). */
    REGION,
    /** A country only. */
    COUNTRY,
    UNKNOWN
}
