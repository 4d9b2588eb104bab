package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.enduse.core.catalog.Actor;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.geo.Place;
import org.enduse.core.geo.Territory;
import org.enduse.core.sighting.Sighting;

/** A sighting as the engine indexes it, with what every candidate line asks of it worked out once. */
final class SightingEntry {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    final int index;
    final Sighting sighting;
    final EquipmentKeys.Info equipment;
    /** Readings with enough readable characters to match on. */
    final List<SerialReading> readings;
    final boolean dated;
    final long earliest;
    final long latest;
    /** ISO country of the place, from the place itself, its region code or its point; null when unknown. */
    final String country;
    /** The holder's catalog entry, or null when the holder is unknown or not in the catalog. */
    final Actor holder;
    /** The holder's id and every parent above it (a unit, its force, its state). */
    final List<String> holderLineage;
    /** The top of the holder's lineage (for a unit, its state's id, which is the country code), or null. */
    final String holderRoot;
    /** The markings as upper-case words between single spaces (" US ARMY "), or "" when none: searched for the donor's code and name. */
    final String markings;

    SightingEntry(int index, Sighting sighting, EquipmentKeys keys, ActorDirectory actors, Territory territory) {
        this.index = index;
        this.sighting = sighting;
        this.equipment = keys.of(sighting.equipment());
        this.readings = sighting.serials().stream().map(SerialReading::of).filter(SerialReading::isUsable).toList();
        this.dated = sighting.observed() != null;
        this.earliest = dated ? sighting.observed().earliest().toEpochDay() : Long.MIN_VALUE;
        this.latest = dated ? sighting.observed().latest().toEpochDay() : Long.MAX_VALUE;
        String c = countryOf(sighting.place(), territory);
        this.country = c == null ? null : c.intern();
        String holderId = sighting.holder() == null ? null : sighting.holder().actorId();
        this.holder = holderId == null ? null : actors.actor(holderId).orElse(null);
        this.holderLineage = lineage(holderId, actors);
        this.holderRoot = holderLineage.isEmpty() ? null : holderLineage.get(holderLineage.size() - 1).intern();
        this.markings = words(sighting.markings());
    }

    String id() {
        return sighting.id();
    }

    private static String words(List<String> markings) {
        if (markings.isEmpty()) return "";
        String words = NON_WORD.matcher(String.join(" ", markings).toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        return words.isEmpty() ? "" : " " + words + " ";
    }

    private static String countryOf(Place place, Territory territory) {
        if (place.country() != null) return place.country().value();
        if (place.region() != null && place.region().indexOf('-') == 2) return place.region().substring(0, 2).toUpperCase(Locale.ROOT);
        if (place.hasPoint()) return territory.locate(place.lat(), place.lon()).map(Territory.Location::country).orElse(null);
        return null;
    }

    private static List<String> lineage(String actorId, ActorDirectory actors) {
        List<String> out = new ArrayList<>();
        var seen = new HashSet<String>();
        String current = actorId;
        while (current != null && seen.add(current)) {
            out.add(current);
            current = actors.actor(current).map(Actor::parentId).orElse(null);
        }
        return List.copyOf(out);
    }
}
