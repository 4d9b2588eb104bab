package org.enduse.core.extract;

import java.util.Set;
import java.util.function.Consumer;
import org.enduse.core.geo.Gazetteer;
import org.enduse.core.geo.GazetteerEntry;

/**
 * The gazetteer's regions and populated places as names, each with its country. Countries are
 * left to the catalog and the country lexicon, which also know demonyms and capitals. Alternative
 * names tagged "und" (no language) are skipped: they are transliteration variants that too often
 * are ordinary words.
 *
 * <p>Running text is full of capitalised words that are also somewhere's name ("Western" is a
 * Fijian division, "Union" a town in New Jersey), so not every entry is a name to look for: regions
 * only in the countries of the theatre (by default those around Ukraine and Russia), and places only
 * when they are notable enough to have names in at least {@link #MIN_LANGUAGES} languages or a
 * population of at least {@link #MIN_POPULATION_UNNAMED}.
 */
public final class GazetteerNameSource implements NameSource {
    /** Countries whose first-level regions are matched by default. */
    public static final Set<String> THEATRE = Set.of("UA", "RU", "BY", "MD", "PL", "SK", "HU", "RO", "GE", "LT", "LV", "EE", "FI", "KZ");
    static final int MIN_LANGUAGES = 3;
    static final long MIN_POPULATION_UNNAMED = 200_000;
    private final Gazetteer gazetteer;
    private final Set<String> regionCountries;

    public GazetteerNameSource(Gazetteer gazetteer) {
        this(gazetteer, THEATRE);
    }

    public GazetteerNameSource(Gazetteer gazetteer, Set<String> regionCountries) {
        this.gazetteer = gazetteer;
        this.regionCountries = Set.copyOf(regionCountries);
    }

    @Override
    public void forEachName(Consumer<Name> sink) {
        gazetteer.names(n -> {
            GazetteerEntry e = n.entry();
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || n.text() == null || n.text().isBlank() || n.language().equals("und")) return;
            if (e.kind() == GazetteerEntry.Kind.REGION && !regionCountries.contains(e.country())) return;
            if (e.kind() == GazetteerEntry.Kind.PLACE && languages(e) < MIN_LANGUAGES && e.population() < MIN_POPULATION_UNNAMED) return;
            String language = n.language().length() == 2 ? n.language() : "xx";
            sink.accept(new Name(n.text(), language, e.id(), NameKind.PLACE, e.name(), e.country()));
        });
    }

    private static long languages(GazetteerEntry e) {
        return e.names().keySet().stream().filter(k -> k.length() == 2).count();
    }
}
