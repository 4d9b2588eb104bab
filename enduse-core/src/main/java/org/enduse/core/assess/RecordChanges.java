package org.enduse.core.assess;

import java.util.Set;

/** The transfers and sightings saved after a change counter, and the counter of the last change seen. */
public record RecordChanges(long upTo, Set<String> transfers, Set<String> sightings) {
    public RecordChanges {
        transfers = Set.copyOf(transfers);
        sightings = Set.copyOf(sightings);
    }
}
