package org.enduse.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * only in the countries of the theatre (by default those around Ukraine and Russia), of the
 * donor states whose languages enduse reads (their Länder, provinces and départements) and of the
 * United States, the largest donor, whose states reports name in every language ("en Floride",
 * "у штаті Техас"), and places
 * only when they are notable enough to have names in at least {@link #MIN_LANGUAGES} languages or a
 * population of at least {@link #MIN_POPULATION_UNNAMED}, or, in the donor states, a name of
 * several words ("Idar-Oberstein"), which ordinary words seldom are. Other towns of those countries
 * ("Nordenham", "Varel") are looked for from {@link #MIN_POPULATION_PLAIN} people when none of their
 * names is an ordinary word of the seven languages: geo/place-words.txt, made by tools/placewords
 * from Debian word lists, lists the names that are ("Hof", "Bar", "Мир"). It also lists the
 * Ukrainian and Russian names of other countries' places that are words, which are not looked for:
 * GeoNames transliterates far-away towns into common words ("Усі", all, is Wuxi; "Новый" Novi).
 */
public final class GazetteerNameSource implements NameSource {
    /** Countries whose first-level regions are matched by default. */
    public static final Set<String> THEATRE = Set.of("UA", "RU", "BY", "MD", "PL", "SK", "HU", "RO", "GE", "LT", "LV", "EE", "FI", "KZ");
    /** Donor states whose own regions their reports name ("Rheinland-Pfalz", "Var"). */
    public static final Set<String> DONORS = Set.of("DE", "NL", "BE", "FR", "LU");
    /** Other donor states whose regions reports name: "en Floride", "у штаті Техас". */
    static final Set<String> REGION_DONORS = Set.of("US");
    static final int MIN_LANGUAGES = 3;
    static final long MIN_POPULATION_UNNAMED = 200_000;
    /** Towns of the theatre and the donor states whose names are no words are looked for from this size. */
    static final long MIN_POPULATION_PLAIN = 5_000;
    /**
     * Ukraine's villages and those of Russia's border regions (Belgorod, Kursk, Bryansk) are where the
     * fighting is and what front-line reports name ("Розовка", "Kozinka"): looked for from this size.
     */
    static final long MIN_POPULATION_FRONT = 1_000;
    private static final Set<String> FRONTIER = Set.of("RU-BEL", "RU-KRS", "RU-BRY");
    private static final Set<String> PLACE_WORDS = readPlaceWords("/geo/place-words.txt");
    private static final Map<String, List<WrittenSpellings.Spelling>> WRITTEN = WrittenSpellings.read("/geo/place-spellings.tsv");
    private final Gazetteer gazetteer;
    private final Set<String> regionCountries;

    public GazetteerNameSource(Gazetteer gazetteer) {
        this(gazetteer, union(union(THEATRE, DONORS), REGION_DONORS));
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
            // Two-letter names are words first: Russian "Об" (about) is also the Aube département, German "Ob" (whether)
            // the town Ob’, whose apostrophe is no letter of the word the text writes.
            if (letters(n.text()) < 3) return;
            if (e.kind() == GazetteerEntry.Kind.REGION && !regionCountries.contains(e.country())) return;
            if (e.kind() == GazetteerEntry.Kind.PLACE && !notable(e, n.text())) return;
            String language = n.language().length() == 2 ? n.language() : "xx";
            if (e.kind() == GazetteerEntry.Kind.PLACE && foreignCyrillicWord(e, language, n.text())) return;
            sink.accept(new Name(n.text(), language, e.id(), NameKind.PLACE, e.name(), e.country()));
            String colloquial = e.kind() == GazetteerEntry.Kind.REGION && language.equals("uk") ? ukrainianColloquial(n.text()) : null;
            if (colloquial != null) sink.accept(new Name(colloquial, "uk", e.id(), NameKind.PLACE, e.name(), e.country()));
            acceptOblique(e, language, n.text(), sink);
            if (language.equals("en") && "UA".equals(e.country())) {
                for (String spelling : PlaceSpellings.ukrainian(n.text(), e.names().get("ru"))) {
                    sink.accept(new Name(spelling, "xx", e.id(), NameKind.PLACE, e.name(), e.country()));
                }
            }
        });
        WRITTEN.forEach((id, spellings) -> gazetteer.get(id).ifPresent(e -> {
            for (WrittenSpellings.Spelling s : spellings) {
                // Written names are no GeoNames names: they make no town notable, and one that is a word is skipped.
                if (!notable(e, s.text()) || PLACE_WORDS.contains(TextFolding.fold(s.text()))) continue;
                sink.accept(new Name(s.text(), s.language(), e.id(), NameKind.PLACE, e.name(), e.country()));
                acceptOblique(e, s.language(), s.text(), sink);
            }
        }));
    }

    private static int letters(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) if (Character.isLetterOrDigit(name.charAt(i))) letters++;
        return letters;
    }

    /** A place worth looking for by this name: named in several languages, big, a donor's compound name, or a plain town. */
    private static boolean notable(GazetteerEntry e, String name) {
        return languages(e) >= MIN_LANGUAGES || e.population() >= MIN_POPULATION_UNNAMED
                || (DONORS.contains(e.country()) && severalWords(name)) || plainTown(e);
    }

    /**
     * Also a Ukrainian name's declined forms the stemmer cannot reach from it: the genitive of a name
     * in -ів ({@link #ukrainianOblique}), the locative of one in -ка, -га, -ха ({@link #ukrainianLocative}).
     */
    private static void acceptOblique(GazetteerEntry e, String language, String name, Consumer<Name> sink) {
        if (!language.equals("uk")) return;
        for (String oblique : new String[] {ukrainianOblique(name), ukrainianLocative(name)}) {
            if (oblique != null) sink.accept(new Name(oblique, "uk", e.id(), NameKind.PLACE, e.name(), e.country()));
        }
    }

    /**
     * Ukrainian names in -ка, -га, -ха change their consonant in the locative and dative: "Авдіївка"
     * gives "в Авдіївці", "Розівка" "у Розівці", "Прилуга" "Прилузі". The stemmer cannot reach these
     * from the name. Null for other names.
     */
    static String ukrainianLocative(String name) {
        if (name.length() < 5 || name.indexOf(' ') >= 0 || name.indexOf('-') >= 0) return null;
        String stem = name.substring(0, name.length() - 2);
        if (name.endsWith("ка")) return stem + "ці";
        if (name.endsWith("га")) return stem + "зі";
        if (name.endsWith("ха")) return stem + "сі";
        return null;
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

    /** A Ukrainian or Russian name of a place outside the theatre and the donor states that is an ordinary word. */
    private static boolean foreignCyrillicWord(GazetteerEntry e, String language, String name) {
        return (language.equals("uk") || language.equals("ru")) && !THEATRE.contains(e.country()) && !DONORS.contains(e.country())
                && PLACE_WORDS.contains(TextFolding.fold(name));
    }

    /** A town of the theatre or a donor state, big enough, none of whose names is an ordinary word. */
    private static boolean plainTown(GazetteerEntry e) {
        long minimum = "UA".equals(e.country()) || e.regionCode() != null && FRONTIER.contains(e.regionCode()) ? MIN_POPULATION_FRONT : MIN_POPULATION_PLAIN;
        if (e.population() < minimum || !(THEATRE.contains(e.country()) || DONORS.contains(e.country()))) return false;
        for (String name : e.names().values()) {
            if (PLACE_WORDS.contains(TextFolding.fold(name))) return false;
        }
        return true;
    }

    /** Whether a folded name is an ordinary word (geo/place-words.txt). */
    static boolean isPlaceWord(String folded) {
        return PLACE_WORDS.contains(folded);
    }

    private static Set<String> readPlaceWords(String resource) {
        try (InputStream in = GazetteerNameSource.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath: run tools/placewords/build.sh");
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
