package org.enduse.app.extract;

import java.util.function.Consumer;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.CatalogAlias;
import org.enduse.core.extract.Name;
import org.enduse.core.extract.NameKind;
import org.enduse.core.extract.NameSource;
import org.enduse.core.geo.GazetteerEntry;
import org.enduse.core.geo.GeoData;

/**
 * The names extraction looks for in text, taken from the bundled catalog (equipment, states with
 * their demonyms and capitals, organisations, persons) and gazetteer (regions, and towns of at
 * least {@link #MIN_TOWN_POPULATION} people: smaller places' names too often are ordinary words), without the
 * region names that are compass words.
 */
public final class BundledNames {
    static final long MIN_TOWN_POPULATION = 5_000;
    // Region names that are ordinary words in running text ("Western equipment", "Central Asia").
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("western", "eastern", "northern", "southern",
            "central", "north", "south", "east", "west", "centre", "center", "capital", "coast", "islands", "upper", "lower", "middle");

    private BundledNames() {}

    public static NameSource all() {
        return NameSource.of(BundledNames::catalog, BundledNames::gazetteer);
    }

    private static void catalog(Consumer<Name> sink) {
        Catalog catalog = Catalog.get();
        catalog.aliases(a -> {
            if (a.equipment()) {
                sink.accept(new Name(a.text(), a.language(), a.entryId(), NameKind.EQUIPMENT,
                        catalog.type(a.entryId()).orElseThrow().name(), a.country()));
                return;
            }
            var actor = catalog.actorEntry(a.entryId()).orElseThrow().actor();
            sink.accept(new Name(a.text(), a.language(), a.entryId(), kindOf(a, actor.kind()), actor.name(), a.country(), actor.kind()));
        });
    }

    private static NameKind kindOf(CatalogAlias alias, ActorKind kind) {
        if (kind == ActorKind.STATE) return alias.role().equals("capital") ? NameKind.CAPITAL : NameKind.COUNTRY;
        return kind == ActorKind.PERSON ? NameKind.PERSON : NameKind.ORGANIZATION;
    }

    private static void gazetteer(Consumer<Name> sink) {
        GeoData.get().gazetteer().names(n -> {
            GazetteerEntry e = n.entry();
            boolean wanted = e.kind() == GazetteerEntry.Kind.REGION
                    || (e.kind() == GazetteerEntry.Kind.PLACE && e.population() >= MIN_TOWN_POPULATION);
            boolean ordinaryWord = COMMON_WORDS.contains(n.text().strip().toLowerCase(java.util.Locale.ROOT));
            if (wanted && !ordinaryWord && !n.language().equals("und")) {
                sink.accept(new Name(n.text(), n.language(), e.id(), NameKind.PLACE, e.name(), e.country()));
            }
        });
    }
}
