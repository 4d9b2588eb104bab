package org.enduse.core.sighting;

import java.util.List;
import java.util.Optional;

/** Stored sightings. Saving replaces a sighting whole (serials, markings, source links). */
public interface SightingRepository {
    Optional<Sighting> find(String id);

    boolean exists(String id);

    /** Sightings matching the query, ordered by id. */
    List<Sighting> list(SightingQuery query);

    /** A page of the sightings the listing's organisation may see and its filters keep, ordered by id; the store filters, not the caller. */
    SightingPage page(SightingListing listing);

    /** Sightings that read this serial (compared as normalised), ordered by id. */
    List<Sighting> withSerial(String serial);

    /** Adds the sighting, or replaces the stored one with the same id. */
    void save(Sighting sighting);
}
