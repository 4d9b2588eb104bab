package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a report's fighting takes place, for the sightings that name no place of their own: "Im
 * Osten der Ukraine ... Ein Leopard-Panzer schaltet einen Konvoi aus", "В Белгородской области ...
 * российские военные захватили MaxxPro". The setting is the country of the last place named (a
 * town, a region) or of the last sighting located, earlier in the report. Read sentence by sentence.
 */
final class SightingSetting {
    private String country;

    /**
     * The sentence's events, unlocated sightings given the setting read so far; then remembers the
     * sentence's own setting.
     *
     * @param sentenceMentions the mentions inside the sentence
     */
    List<Event> complete(List<Event> events, List<Mention> sentenceMentions) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(e.type() == EventType.SIGHTING && e.locationCountry() == null && country != null ? e.withLocationCountry(country) : e);
        remember(events, sentenceMentions);
        return out;
    }

    private void remember(List<Event> events, List<Mention> sentenceMentions) {
        for (Event e : events) if (e.type() == EventType.SIGHTING && e.locationCountry() != null) country = e.locationCountry();
        for (Mention m : sentenceMentions) if (m.kind() == MentionKind.PLACE && m.country() != null) country = m.country();
    }
}
