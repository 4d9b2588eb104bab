package org.enduse.core.geo;

import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;

/**
 * Where something was seen. Coordinates are WGS84 degrees and optional: a place can be known only
 * by name, region or country. {@code region} is an ISO 3166-2 code where known (e.g. "RU-BEL").
 */
public record Place(String name, CountryCode country, String region, Double lat, Double lon, GeoPrecision precision) {
    public Place {
        name = Checks.optional(name);
        region = Checks.optional(region);
        if ((lat == null) != (lon == null)) throw InvalidInputException.field("lat/lon", "give both latitude and longitude, or neither");
        if (lat != null && (lat.isNaN() || lat < -90 || lat > 90)) throw InvalidInputException.field("lat", "latitude " + lat + " is outside -90..90");
        if (lon != null && (lon.isNaN() || lon < -180 || lon > 180)) throw InvalidInputException.field("lon", "longitude " + lon + " is outside -180..180");
        if (precision == null) precision = lat != null ? GeoPrecision.SETTLEMENT : region != null ? GeoPrecision.REGION
                : country != null ? GeoPrecision.COUNTRY : GeoPrecision.UNKNOWN;
    }

    public boolean hasPoint() {
        return lat != null;
    }

    @Override
    public String toString() {
        var parts = new StringBuilder();
        if (name != null) parts.append(name);
        if (region != null) parts.append(parts.isEmpty() ? "" : ", ").append(region);
        if (country != null) parts.append(parts.isEmpty() ? "" : ", ").append(country);
        if (lat != null) parts.append(" (").append(lat).append(", ").append(lon).append(')');
        return parts.isEmpty() ? "unknown place" : parts.toString();
    }
}
