package org.enduse.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

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
                names(node.get("aliases")), strings(node.get("sources")))));
        return types;
    }

    static List<ActorEntry> actors(List<Map.Entry<String, String>> files) {
        List<ActorEntry> actors = new ArrayList<>();
        forEachLine(files, "catalog/actors/", (n, node) -> {
            Map<String, List<String>> aliases = names(node.get("aliases"));
            List<String> flat = aliases.values().stream().flatMap(List::stream).toList();
            Actor actor = new Actor(text(node, "id"), ActorKind.valueOf(text(node, "kind")), text(node, "name"),
                    CountryCode.ofNullable(text(node, "country")), text(node, "parent"), flat);
            actors.add(new ActorEntry(actor, aliases, names(node.get("demonyms")), names(node.get("capital")),
                    text(node, "role"), text(node, "from"), text(node, "to")));
        });
        return actors;
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
