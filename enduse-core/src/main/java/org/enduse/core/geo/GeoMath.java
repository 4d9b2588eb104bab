package org.enduse.core.geo;

import org.enduse.core.common.InvalidInputException;

/** Great-circle distances and coordinate checks shared by the gazetteer and the territory. */
public final class GeoMath {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoMath() {}

    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Rejects coordinates outside the WGS84 ranges with a message naming the value. */
    public static void checkCoordinates(double lat, double lon) {
        if (Double.isNaN(lat) || lat < -90 || lat > 90) throw InvalidInputException.field("lat", "latitude " + lat + " is outside -90..90");
        if (Double.isNaN(lon) || lon < -180 || lon > 180) throw InvalidInputException.field("lon", "longitude " + lon + " is outside -180..180");
    }
}
