package org.enduse.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reference catalog: equipment types and actors, with their names in many languages, loaded
 * once from resources/catalog (see FORMAT.md there).
 *
 * <p>{@link #resolve} answers what a name means, with every candidate when it is ambiguous.
 * {@link #aliases} gives every surface form (text, language, entry id, whether equipment, what it
 * stands for, country) for matchers that find catalog entries in running text.
 */
public final class Catalog implements EquipmentDirectory, ActorDirectory {
    private static volatile Catalog instance;

    private final Map<String, EquipmentType> types = new LinkedHashMap<>();
    private final Map<String, ActorEntry> actors = new LinkedHashMap<>();
    private final List<CatalogAlias> aliases = new ArrayList<>();
    private final Map<String, List<Hit>> byKey = new HashMap<>();
    private final Map<String, List<Hit>> byStem = new HashMap<>();

    private record Hit(CatalogAlias alias, double weight) {}

    Catalog(List<EquipmentType> equipment, List<ActorEntry> actorEntries) {
        for (EquipmentType t : equipment) {
            if (types.putIfAbsent(t.id(), t) != null) throw new IllegalStateException("equipment id '" + t.id() + "' is defined twice");
        }
        for (ActorEntry a : actorEntries) {
            if (types.containsKey(a.actor().id()) || actors.putIfAbsent(a.actor().id(), a) != null) {
                throw new IllegalStateException("catalog id '" + a.actor().id() + "' is defined twice");
            }
        }
        for (EquipmentType t : types.values()) {
            String origin = t.origin() == null ? null : t.origin().value();
            add(new CatalogAlias(t.name(), "xx", t.id(), true, "name", origin), 1.0);
            t.aliases().forEach((lang, list) -> list.forEach(a -> add(new CatalogAlias(a, lang, t.id(), true, "name", origin), 1.0)));
            t.guardedAliases().forEach((lang, list) -> list.forEach(a -> add(new CatalogAlias(a, lang, t.id(), true, "guarded", origin), 1.0)));
        }
        for (ActorEntry a : actors.values()) {
            String id = a.actor().id();
            String country = a.actor().country() == null ? null : a.actor().country().value();
            add(new CatalogAlias(a.actor().name(), "en", id, false, "name", country), 1.0);
            a.aliases().forEach((lang, list) -> list.forEach(s -> add(new CatalogAlias(s, lang, id, false, "name", country), 1.0)));
            a.demonyms().forEach((lang, list) -> list.forEach(s -> add(new CatalogAlias(s, lang, id, false, "demonym", country), 0.9)));
            a.capital().forEach((lang, list) -> list.forEach(s -> add(new CatalogAlias(s, lang, id, false, "capital", country), 0.85)));
        }
    }

    /** The bundled catalog, loaded on first use. */
    public static Catalog get() {
        Catalog c = instance;
        if (c == null) {
            synchronized (Catalog.class) {
                if (instance == null) {
                    instance = new Catalog(CatalogLoader.equipment(ResourceFiles.read("catalog/equipment", ".jsonl")),
                            CatalogLoader.actors(ResourceFiles.read("catalog/actors", ".jsonl"),
                                    StateForms.read(ResourceFiles.read("catalog/demonyms", ".tsv"), "catalog/demonyms/", true),
                                    StateForms.read(ResourceFiles.read("catalog/capitals", ".tsv"), "catalog/capitals/", false)));
                }
                c = instance;
            }
        }
        return c;
    }

    @Override
    public Optional<EquipmentType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    @Override
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id)).map(ActorEntry::actor);
    }

    public Optional<ActorEntry> actorEntry(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Collection<EquipmentType> types() {
        return types.values();
    }

    public Collection<ActorEntry> actors() {
        return actors.values();
    }

    /** Every surface form of every entry. */
    public void aliases(Consumer<CatalogAlias> sink) {
        aliases.forEach(sink);
    }

    /**
     * Every entry the name can mean, best first, each with a score in [0,1]: 1.0 for a name or
     * alias as written (after folding case, accents, script and separators), 0.9 for a demonym,
     * 0.85 for a capital, about 0.85 of that for an inflected form, 0.6-0.9 when only part of the
     * name matches (more for a larger part), 0.7 for a one-letter spelling variant. Empty when
     * nothing matches.
     */
    public List<CatalogMatch> resolve(String name) {
        Map<String, CatalogMatch> found = new LinkedHashMap<>();
        String key = CatalogNames.key(name);
        if (key.isEmpty()) return List.of();
        collect(found, byKey.get(key), 1.0, null);
        collect(found, byStem.get(CatalogNames.stemKey(name)), 0.85, "inflected form");
        if (found.isEmpty()) partial(name, key.length(), found);
        if (found.isEmpty() && key.length() >= 5) fuzzy(key, found);
        List<CatalogMatch> ranked = new ArrayList<>(found.values());
        ranked.sort(Comparator.comparingDouble(CatalogMatch::score).reversed().thenComparing(m -> m.type() == null));
        return ranked;
    }

    private void partial(String name, int fullLength, Map<String, CatalogMatch> found) {
        String[] words = CatalogNames.fold(name).split("[^\\p{L}\\p{N}]+");
        for (int n = words.length - 1; n >= 1 && found.isEmpty(); n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String window = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                String k = CatalogNames.key(window);
                if (k.length() < 3) continue;
                double share = Math.min(1.0, (double) k.length() / fullLength);
                collect(found, byKey.get(k), 0.6 + 0.3 * share, "part of the name");
                collect(found, byStem.get(CatalogNames.stemKey(window)), 0.85 * (0.6 + 0.3 * share), "part of the name, inflected");
            }
        }
    }

    private void fuzzy(String key, Map<String, CatalogMatch> found) {
        for (var e : byKey.entrySet()) {
            if (Math.abs(e.getKey().length() - key.length()) <= 1 && e.getKey().length() >= 5 && withinOneEdit(key, e.getKey())) {
                collect(found, e.getValue(), 0.7, "spelling variant");
            }
        }
    }

    private void collect(Map<String, CatalogMatch> found, List<Hit> hits, double factor, String how) {
        if (hits == null) return;
        for (Hit h : hits) {
            double score = Math.round(h.weight() * factor * 1000) / 1000.0;
            CatalogMatch current = found.get(h.alias().entryId());
            if (current == null || current.score() < score) {
                found.put(h.alias().entryId(), new CatalogMatch(types.get(h.alias().entryId()), actors.get(h.alias().entryId()), score,
                        how != null ? how : h.alias().role(), h.alias().text()));
            }
        }
    }

    private void add(CatalogAlias alias, double weight) {
        aliases.add(alias);
        String folded = CatalogNames.fold(alias.text());
        index(byKey, CatalogNames.keyOfFolded(folded), new Hit(alias, weight));
        index(byStem, CatalogNames.stemKeyOfFolded(folded), new Hit(alias, weight));
    }

    private static void index(Map<String, List<Hit>> map, String key, Hit hit) {
        if (key.isEmpty()) return;
        List<Hit> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Hit h : list) if (h.alias().entryId().equals(hit.alias().entryId()) && h.weight() >= hit.weight()) return;
        list.add(hit);
    }

    /** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) return true;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }
}
