package org.enduse.core.sighting;

import org.enduse.core.common.Checks;
import org.enduse.core.geo.BoundingBox;

/**
 * One page of sightings as a list view asks for it: the filters of {@link SightingQuery} (its
 * holder and status parts are not used), an optional bounding box, the organisation whose
 * visibility applies, and where the page starts: after the sighting id {@code after} (a cursor),
 * then skipping {@code offset}; {@code limit} sightings at most.
 */
public record SightingListing(SightingQuery query, BoundingBox box, String organisationId, String after, int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public SightingListing {
        if (query == null) query = SightingQuery.all();
        organisationId = Checks.required("organisation", organisationId);
        after = Checks.optional(after);
        if (offset < 0) throw org.enduse.core.common.InvalidInputException.field("offset", "must not be negative");
        if (limit < 1 || limit > MAX_LIMIT) throw org.enduse.core.common.InvalidInputException.field("limit", "must be 1 to " + MAX_LIMIT);
    }
}
