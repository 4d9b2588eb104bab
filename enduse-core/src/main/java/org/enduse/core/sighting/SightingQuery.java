package org.enduse.core.sighting;

import java.util.Locale;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;

/**
 * Which sightings to list; a null part matches everything. {@code holder} matches the holder's
 * actor id exactly or appears in the holder's name; {@code equipment} matches the catalog type id
 * or appears in the description (both case-insensitive); {@code country} is where it was seen;
 * {@code minVerification} keeps sightings verified at least that far; {@code since} keeps sightings
 * observed on or after that date (an undated sighting does not match; see
 * {@link PartialDate#mayBeOnOrAfter}).
 */
public record SightingQuery(String holder, CountryCode country, String equipment, SightingStatus status,
                            Verification minVerification, PartialDate since) {
    /** A query without a verification or date limit. */
    public SightingQuery(String holder, CountryCode country, String equipment, SightingStatus status) {
        this(holder, country, equipment, status, null, null);
    }

    public static SightingQuery all() {
        return new SightingQuery(null, null, null, null, null, null);
    }

    public boolean matches(Sighting s) {
        if (country != null && !country.equals(s.place().country())) return false;
        if (status != null && s.status() != status) return false;
        if (minVerification != null && s.verification().compareTo(minVerification) < 0) return false;
        if (since != null && (s.observed() == null || !s.observed().mayBeOnOrAfter(since))) return false;
        if (holder != null && (s.holder() == null || !idOrText(holder, s.holder().actorId(), s.holder().name()))) return false;
        return equipment == null || idOrText(equipment, s.equipment().typeId(), s.equipment().description());
    }

    private static boolean idOrText(String wanted, String id, String text) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        return w.equalsIgnoreCase(id) || (text != null && text.toLowerCase(Locale.ROOT).contains(w));
    }
}
