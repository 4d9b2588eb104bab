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
 * only in the countries of the theatre (by default those around Ukraine and Russia) and of the
 * donor states whose languages enduse reads (their Länder, provinces and départements), and places
 * only when they are notable enough to have names in at least {@link #MIN_LANGUAGES} languages or a
 * population of at least {@link #MIN_POPULATION_UNNAMED}, or, in the donor states, a name of
 * several words ("Idar-Oberstein"), which ordinary words seldom are.
 */
public final class GazetteerNameSource implements NameSource {
    /** Countries whose first-level regions are matched by default. */
    public static final Set<String> THEATRE = Set.of("UA", "RU", "BY", "MD", "PL", "SK", "HU", "RO", "GE", "LT", "LV", "EE", "FI", "KZ");
    /** Donor states whose own regions their reports name ("Rheinland-Pfalz", "Var"). */
    public static final Set<String> DONORS = Set.of("DE", "NL", "BE", "FR", "LU");
    static final int MIN_LANGUAGES = 3;
    static final long MIN_POPULATION_UNNAMED = 200_000;
    private final Gazetteer gazetteer;
    private final Set<String> regionCountries;

    public GazetteerNameSource(Gazetteer gazetteer) {
        this(gazetteer, union(THEATRE, DONORS));
    }

    public GazetteerNameSource(Gazetteer gazetteer, Set<String> regionCountries) {
        this.gazetteer = gazetteer;
        this.regionCountries = Set.copyOf(regionCountries);
    }

    @Override
    public void forEachName(Consumer<Name> sink) {
        gazetteer.names(n -> {
            GazetteerEntry e = n.entry();
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || n.text() == null || n.text().isBlank()) return;
            // Alternative names of the theatre's regions ("Krim", "Crimée") are safe; elsewhere they are noise.
            if (n.language().equals("und") && !(e.kind() == GazetteerEntry.Kind.REGION && THEATRE.contains(e.country()))) return;
            // Two-letter names are words first: Russian "Об" (about) is also the Aube département.
            if (n.text().strip().length() < 3) return;
            if (e.kind() == GazetteerEntry.Kind.REGION && !regionCountries.contains(e.country())) return;
            if (e.kind() == GazetteerEntry.Kind.PLACE && languages(e) < MIN_LANGUAGES && e.population() < MIN_POPULATION_UNNAMED
                    && !(DONORS.contains(e.country()) && severalWords(n.text()))) return;
            String language = n.language().length() == 2 ? n.language() : "xx";
            sink.accept(new Name(n.text(), language, e.id(), NameKind.PLACE, e.name(), e.country()));
            String colloquial = e.kind() == GazetteerEntry.Kind.REGION && language.equals("uk") ? ukrainianColloquial(n.text()) : null;
            if (colloquial != null) sink.accept(new Name(colloquial, "uk", e.id(), NameKind.PLACE, e.name(), e.country()));
            String oblique = language.equals("uk") ? ukrainianOblique(n.text()) : null;
            if (oblique != null) sink.accept(new Name(oblique, "uk", e.id(), NameKind.PLACE, e.name(), e.country()));
            if (language.equals("en") && "UA".equals(e.country())) {
                for (String spelling : PlaceSpellings.ukrainian(n.text(), e.names().get("ru"))) {
                    sink.accept(new Name(spelling, "xx", e.id(), NameKind.PLACE, e.name(), e.country()));
                }
            }
        });
    }

    /**
     * Ukrainian names an oblast after its centre with -щина: "Харківська область" is "Харківщина",
     * "Бєлгородська область" "Бєлгородщина", "Донецька область" "Донеччина". Null for other names.
     */
    static String ukrainianColloquial(String name) {
        if (!name.endsWith("ська область") && !name.endsWith("цька область")) return null;
        String adjective = name.substring(0, name.length() - " область".length());
        if (adjective.indexOf(' ') >= 0) return null;
        return adjective.endsWith("цька") ? adjective.substring(0, adjective.length() - 4) + "ччина"
                : adjective.substring(0, adjective.length() - 4) + "щина";
    }

    /**
     * Ukrainian names in -ів and -їв change their vowel when declined: "Львів" gives "Львова",
     * "Харків" "Харкова", "Миколаїв" "Миколаєва", "Жидачів" "Жидачева". The genitive is given; the
     * stemmer meets the other cases ("Львову", "Львові") through it. Null for other names.
     */
    static String ukrainianOblique(String name) {
        if (name.length() < 4 || name.indexOf(' ') >= 0 || !(name.endsWith("ів") || name.endsWith("їв"))) return null;
        String stem = name.substring(0, name.length() - 2);
        char before = stem.charAt(stem.length() - 1);
        if (name.endsWith("їв")) return stem + "єва";
        return stem + ("чшщжц".indexOf(before) >= 0 ? "ева" : "ова");
    }

    private static boolean severalWords(String name) {
        return name.indexOf(' ') > 0 || name.indexOf('-') > 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static long languages(GazetteerEntry e) {
        return e.names().keySet().stream().filter(k -> k.length() == 2).count();
    }
}
