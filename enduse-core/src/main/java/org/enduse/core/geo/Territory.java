package org.enduse.core.geo;

import java.util.Optional;

/**
 * Point-in-polygon answers over country and first-level region boundaries. The default layer is
 * internationally recognised borders (Crimea, Sevastopol and the occupied regions are Ukraine).
 */
public interface Territory {
    /** The country and region at a point, or empty at sea or outside the data. */
    Optional<Location> locate(double lat, double lon);

    /** True when the point lies in the area: a country ("UA") or an ISO 3166-2 region ("UA-43"). */
    boolean contains(String areaCode, double lat, double lon);

    /** Distance in kilometres from the point to the area's boundary (0 on it), or NaN for an unknown area. */
    double distanceToBoundaryKm(String areaCode, double lat, double lon);

    /** Where a point lies: its country and, where known, its ISO 3166-2 region and the region's name. */
    record Location(String country, String regionCode, String regionName) {}
}
