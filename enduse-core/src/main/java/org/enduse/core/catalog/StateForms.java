package org.enduse.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/**
 * Reads the state tables under catalog/demonyms/ and catalog/capitals/ (format in FORMAT.md): one
 * row per state code, one column per language named in the header, "|" between several forms.
 * Demonym cells hold base adjectives that {@link DemonymForms} inflects; capital cells are names
 * taken as they are. Every problem is reported with its file, line and column.
 */
final class StateForms {
    private StateForms() {}

    /** Forms by state code, then by language, from every file of the folder. */
    static Map<String, Map<String, List<String>>> read(List<Map.Entry<String, String>> files, String folder, boolean inflect) {
        Map<String, Map<String, List<String>>> byState = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (var file : files) {
            String name = folder + file.getKey();
            String[] header = null;
            Set<String> seen = new HashSet<>();
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replace("\r", "");
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                int lineNumber = i + 1;
                if (header == null) {
                    header = cells;
                    for (int c = 1; c < header.length; c++) {
                        if (!DemonymForms.LANGUAGES.contains(header[c])) problems.add(new InputProblem(name, lineNumber, header[c], "not one of the languages en nl fr de uk ru pl"));
                    }
                    if (!header[0].equals("code")) problems.add(new InputProblem(name, lineNumber, header[0], "the first column must be 'code'"));
                    continue;
                }
                if (cells.length != header.length) {
                    problems.add(new InputProblem(name, lineNumber, null, cells.length + " columns, the header has " + header.length));
                    continue;
                }
                String code = cells[0].strip();
                if (!seen.add(code)) problems.add(new InputProblem(name, lineNumber, "code", "'" + code + "' is listed twice"));
                Map<String, List<String>> forms = byState.computeIfAbsent(code, k -> new LinkedHashMap<>());
                for (int c = 1; c < cells.length; c++) {
                    for (String base : cells[c].split("\\|")) {
                        if (base.isBlank()) continue;
                        try {
                            List<String> made = inflect ? DemonymForms.of(header[c], base.strip()) : List.of(base.strip());
                            forms.computeIfAbsent(header[c], k -> new ArrayList<>()).addAll(made);
                        } catch (IllegalArgumentException e) {
                            problems.add(new InputProblem(name, lineNumber, header[c], e.getMessage()));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return byState;
    }

    /** Both maps' forms, by language, each form once and in order. */
    static Map<String, List<String>> union(Map<String, List<String>> a, Map<String, List<String>> b) {
        if (b == null || b.isEmpty()) return a;
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        a.forEach((lang, list) -> merged.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(list));
        b.forEach((lang, list) -> merged.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(list));
        Map<String, List<String>> out = new HashMap<>();
        merged.forEach((lang, set) -> out.put(lang, List.copyOf(set)));
        return out;
    }
}
