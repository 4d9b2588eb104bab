package org.enduse.core.geo;

import org.enduse.core.common.InvalidInputException;

/** A rectangle in degrees, as web maps ask for one: west, south, east, north. It does not cross the antimeridian. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
        if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90)) {
            throw InvalidInputException.field("bbox", "lies outside -180..180 longitude or -90..90 latitude");
        }
        if (minLon > maxLon || minLat > maxLat) throw InvalidInputException.field("bbox", "has its minimum above its maximum");
    }

    /** Parses "minLon,minLat,maxLon,maxLat"; null or blank gives null. */
    public static BoundingBox parseNullable(String text) {
        if (text == null || text.isBlank()) return null;
        String[] parts = text.split(",", -1);
        if (parts.length != 4) throw InvalidInputException.field("bbox", "'" + text + "' is not minLon,minLat,maxLon,maxLat");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.field("bbox", "'" + parts[i].strip() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw InvalidInputException.field("bbox", "'" + parts[i].strip() + "' is not a finite number");
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
