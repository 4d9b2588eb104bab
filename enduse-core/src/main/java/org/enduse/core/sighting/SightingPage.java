package org.enduse.core.sighting;

import java.util.List;

/** A page of sightings, how many match in all, and the cursor for the next page (null on the last one). */
public record SightingPage(List<Sighting> items, long total, String next) {
    public SightingPage {
        items = List.copyOf(items);
    }
}
