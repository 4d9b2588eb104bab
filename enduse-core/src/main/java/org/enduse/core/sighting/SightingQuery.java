package org.enduse.core.sighting;

import java.util.Locale;
import org.enduse.core.common.CountryCode;

/**
 * Which sightings to list; a null part matches everything. {@code holder} matches the holder's
 * actor id exactly or appears in the holder's name; {@code equipment} matches the catalog type id
 * or appears in the description (both case-insensitive); {@code country} is where it was seen.
 */
public record SightingQuery(String holder, CountryCode country, String equipment, SightingStatus status) {
    public static SightingQuery all() {
        return new SightingQuery(null, null, null, null);
    }

    public boolean matches(Sighting s) {
        if (country != null && !country.equals(s.place().country())) return false;
        if (status != null && s.status() != status) return false;
        if (holder != null && (s.holder() == null || !idOrText(holder, s.holder().actorId(), s.holder().name()))) return false;
        return equipment == null || idOrText(equipment, s.equipment().typeId(), s.equipment().description());
    }

    private static boolean idOrText(String wanted, String id, String text) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        return w.equalsIgnoreCase(id) || (text != null && text.toLowerCase(Locale.ROOT).contains(w));
    }
}
