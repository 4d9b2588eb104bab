package org.enduse.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.enduse.core.common.csv.CsvReader;

/**
 * Measures the catalog on Oryx's real equipment-loss records (CC BY 4.0; scraped by
 * scarnecchia/oryx_data): over every row whose origin is not the Soviet Union, Russia or Ukraine,
 * the share whose {@code system} resolves, as the top candidate, to an equipment type of the same
 * origin country. Oryx prefixes some names with a running number ("146 International M1224
 * MaxxPro") that is not part of the name; it is removed before resolving.
 */
public final class OryxEvaluation {
    static final List<String> FILES = List.of("event_destroyed_UKRAINE_nonSoviet_origin.csv", "event_captured.csv",
            "event_abandoned.csv", "event_damaged.csv");
    private static final Set<String> SOVIET = Set.of("Soviet Union", "Russia", "Ukraine");
    private static final Pattern RUNNING_NUMBER = Pattern.compile("^\\d+\\s+");
    // Oryx's origin names that are not the English short names Java knows.
    private static final Map<String, String> ORIGIN_ALIASES = Map.of("Czech Republic", "CZ", "Yugoslavia", "RS",
            "South Korea", "KR", "North Korea", "KP", "United States", "US", "United Kingdom", "GB", "Turkey", "TR");

    /** A distinct system name: how many rows, what it resolved to, and whether that is right. */
    public record NameResult(String system, String origin, int rows, String resolvedId, String resolvedOrigin, boolean right) {}

    public record Result(int rows, int rightRows, int names, int rightNames, List<NameResult> byName) {
        public double rowShare() {
            return rows == 0 ? 0 : (double) rightRows / rows;
        }

        public double nameShare() {
            return names == 0 ? 0 : (double) rightNames / names;
        }
    }

    private OryxEvaluation() {}

    public static Result run(Catalog catalog, Path dir) {
        Map<String, String> isoByName = isoCodesByEnglishName();
        Map<String, int[]> rowsByName = new LinkedHashMap<>();
        Map<String, String> originByName = new HashMap<>();
        for (String file : FILES) {
            Path path = dir.resolve(file);
            if (!Files.exists(path)) continue;
            try {
                var table = CsvReader.parse(path.toString(), Files.readAllBytes(path));
                for (int i = 0; i < table.rows().size(); i++) {
                    String origin = table.cell(i, "origin");
                    if (origin == null || SOVIET.contains(origin)) continue;
                    String system = RUNNING_NUMBER.matcher(table.cell(i, "system").strip()).replaceFirst("");
                    String key = system + "\u0000" + origin;
                    rowsByName.computeIfAbsent(key, k -> new int[1])[0]++;
                    originByName.put(key, origin);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        List<NameResult> results = new ArrayList<>();
        int rows = 0, rightRows = 0, rightNames = 0;
        for (var e : rowsByName.entrySet()) {
            String system = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            String origin = originByName.get(e.getKey());
            String expected = ORIGIN_ALIASES.getOrDefault(origin, isoByName.get(origin.toLowerCase(Locale.ROOT)));
            var top = catalog.resolve(system).stream().filter(CatalogMatch::isEquipment).findFirst();
            String gotOrigin = top.map(m -> String.valueOf(m.type().origin())).orElse(null);
            boolean right = top.isPresent() && gotOrigin.equals(expected);
            int n = e.getValue()[0];
            rows += n;
            if (right) {
                rightRows += n;
                rightNames++;
            }
            results.add(new NameResult(system, origin, n, top.map(CatalogMatch::id).orElse(null), gotOrigin, right));
        }
        results.sort((a, b) -> Integer.compare(b.rows(), a.rows()));
        return new Result(rows, rightRows, results.size(), rightNames, results);
    }

    private static Map<String, String> isoCodesByEnglishName() {
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) byName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        return byName;
    }
}
