package org.enduse.core.sighting;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.enduse.core.extract.Mention;

/**
 * Which mentions in a source are about a sighting: those resolving to its equipment type, its
 * holder, its region or country, or naming its place. A reader sees these highlighted as the
 * words the sighting rests on.
 */
public final class SightingMentions {
    private final Set<String> ids = new HashSet<>();
    private final String placeName;

    public SightingMentions(Sighting sighting) {
        add(sighting.equipment().typeId());
        if (sighting.holder() != null) add(sighting.holder().actorId());
        add(sighting.place().region());
        if (sighting.place().country() != null) add(sighting.place().country().value());
        placeName = sighting.place().name() == null ? null : sighting.place().name().toLowerCase(Locale.ROOT);
    }

    private void add(String id) {
        if (id != null) ids.add(id.toLowerCase(Locale.ROOT));
    }

    public boolean isAbout(Mention m) {
        if (m.id() != null && ids.contains(m.id().toLowerCase(Locale.ROOT))) return true;
        if (m.code() != null && ids.contains(m.code().toLowerCase(Locale.ROOT))) return true;
        return placeName != null && m.name() != null && placeName.contains(m.name().toLowerCase(Locale.ROOT));
    }
}
