package org.enduse.core.extract;

import java.util.List;

/**
 * Reports of one event across outlets and languages: the member documents' sources, and the
 * shared evidence that joined them (so a reviewer sees why, e.g. "sighting:BE", "entity:rdk").
 */
public record Story(String id, List<String> sources, List<String> sharedFeatures) {
    public Story {
        sources = List.copyOf(sources);
        sharedFeatures = List.copyOf(sharedFeatures);
    }
}
