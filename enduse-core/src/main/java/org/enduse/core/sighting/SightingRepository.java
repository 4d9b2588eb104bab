package org.enduse.core.sighting;

import java.util.List;
import java.util.Optional;

/** Stored sightings. Saving replaces a sighting whole (serials, markings, source links). */
public interface SightingRepository {
    Optional<Sighting> find(String id);

    boolean exists(String id);

    /** Sightings matching the query, ordered by id. */
    List<Sighting> list(SightingQuery query);

    /** Adds the sighting, or replaces the stored one with the same id. */
    void save(Sighting sighting);
}
