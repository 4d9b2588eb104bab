package org.enduse.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.PartialDate;

/**
 * Reads the catalog's JSONL files (format in resources/catalog/FORMAT.md). A bad line is reported
 * with its file and line number; all problems are collected before failing.
 */
final class CatalogLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogLoader() {}

    static List<EquipmentType> equipment(List<Map.Entry<String, String>> files) {
        List<EquipmentType> types = new ArrayList<>();
        forEachLine(files, "catalog/equipment/", (n, node) -> types.add(new EquipmentType(
                text(node, "id"), text(node, "name"), text(node, "family"), text(node, "variantOf"), text(node, "manufacturer"),
                CountryCode.of(text(node, "origin")), EquipmentCategory.valueOf(text(node, "category")),
                names(node.get("aliases")), names(node.get("guardedAliases")), strings(node.get("sources")))));
        return types;
    }

    private static final Set<String> ACTOR_FIELDS = Set.of("id", "kind", "name", "country", "parent", "aliases", "demonyms", "capital",
            "role", "from", "to", "terms", "sources");
    private static final Set<String> TERM_FIELDS = Set.of("role", "from", "to");

    /**
     * The actors of every file, the states among them with the demonyms and capitals of the state
     * tables added. A table row for a code that is not a state is an error.
     */
    static List<ActorEntry> actors(List<Map.Entry<String, String>> files, Map<String, Map<String, List<String>>> demonyms,
                                   Map<String, Map<String, List<String>>> capitals) {
        List<ActorEntry> actors = new ArrayList<>();
        forEachLine(files, "catalog/actors/", (n, node) -> {
            unknownFields(node, ACTOR_FIELDS, "");
            Map<String, List<String>> aliases = names(node.get("aliases"));
            List<String> flat = aliases.values().stream().flatMap(List::stream).toList();
            Actor actor = new Actor(text(node, "id"), ActorKind.valueOf(text(node, "kind")), text(node, "name"),
                    CountryCode.ofNullable(text(node, "country")), text(node, "parent"), flat);
            ActorEntry entry = new ActorEntry(actor, aliases, names(node.get("demonyms")), names(node.get("capital")), terms(node),
                    strings(node.get("sources")));
            if (actor.kind() == ActorKind.STATE) entry = entry.withForms(demonyms.get(actor.id()), capitals.get(actor.id()));
            actors.add(entry);
        });
        Set<String> states = new HashSet<>();
        actors.stream().filter(a -> a.actor().kind() == ActorKind.STATE).forEach(a -> states.add(a.actor().id()));
        List<InputProblem> problems = new ArrayList<>();
        for (String code : demonyms.keySet()) if (!states.contains(code)) problems.add(InputProblem.of("catalog/demonyms", "'" + code + "' is not a state of the catalog"));
        for (String code : capitals.keySet()) if (!states.contains(code)) problems.add(InputProblem.of("catalog/capitals", "'" + code + "' is not a state of the catalog"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return actors;
    }

    /** A person's offices: "terms":[{"role","from","to"}], or one office written as top-level role/from/to. */
    private static List<Term> terms(JsonNode node) {
        List<Term> terms = new ArrayList<>();
        if (text(node, "role") != null) terms.add(term(node, ""));
        JsonNode list = node.get("terms");
        if (list != null) {
            if (!list.isArray()) throw InvalidInputException.field("terms", "must be a list of {role, from, to}");
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), TERM_FIELDS, "terms[" + i + "].");
                terms.add(term(list.get(i), "terms[" + i + "]."));
            }
        }
        return terms;
    }

    private static Term term(JsonNode node, String where) {
        try {
            return new Term(text(node, "role"), PartialDate.parseNullable(text(node, "from")), PartialDate.parseNullable(text(node, "to")));
        } catch (RuntimeException e) {
            throw InvalidInputException.field(where + "from/to", String.valueOf(e.getMessage()));
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where) {
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) throw InvalidInputException.field(where + f, "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        });
    }

    private static void forEachLine(List<Map.Entry<String, String>> files, String folder, BiConsumer<Integer, JsonNode> sink) {
        List<InputProblem> problems = new ArrayList<>();
        for (var file : files) {
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) continue;
                int lineNumber = i + 1;
                try {
                    sink.accept(lineNumber, JSON.readTree(line));
                } catch (InvalidInputException e) {
                    e.problems().forEach(p -> problems.add(new InputProblem(folder + file.getKey(), lineNumber, p.column(), p.message())));
                } catch (Exception e) {
                    problems.add(new InputProblem(folder + file.getKey(), lineNumber, null, String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable")));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** {"en": ["a", "b"], "uk": "c"} as a map of lists; a single string is a one-element list. */
    private static Map<String, List<String>> names(JsonNode byLanguage) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (byLanguage == null) return out;
        byLanguage.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isArray() ? strings(e.getValue()) : List.of(e.getValue().asText())));
        return out;
    }
}
