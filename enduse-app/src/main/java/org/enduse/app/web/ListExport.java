package org.enduse.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.csv.CsvWriter;

/**
 * A list answer in the format the caller asks for, by {@code ?format=} or else the Accept header:
 * JSON (the default), CSV (one column per field, nested fields as "a.b", lists joined with "; ")
 * or GeoJSON (rows with {@code lat} and {@code lon} become points). Downloads are named by a
 * Content-Disposition header. CSV text cells that a spreadsheet would run as a formula get a
 * leading apostrophe: a hostile report's "=HYPERLINK(...)" stays text.
 */
final class ListExport {
    enum Format {
        JSON("application/json", "json"), CSV("text/csv; charset=utf-8", "csv"), GEOJSON("application/geo+json", "geojson");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private ListExport() {}

    /** The format named by the query value, else the first the Accept header names, else JSON. */
    static Format format(String query, String accept) {
        if (query != null) {
            return switch (query.toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "csv" -> Format.CSV;
                case "geojson" -> Format.GEOJSON;
                default -> throw InvalidInputException.field("format", "'" + query + "' is not one of csv, json, geojson");
            };
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("text/csv")) return Format.CSV;
        if (a.contains("application/geo+json")) return Format.GEOJSON;
        return Format.JSON;
    }

    static void write(Context ctx, ObjectMapper json, int status, Format format, String name, List<?> rows) {
        ctx.status(status).contentType(format.contentType);
        if (format == Format.JSON) {
            // Straight to bytes: the tree the other formats are built from would double the work of the most asked-for answer.
            try {
                ctx.result(json.writeValueAsBytes(rows));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + name + " as JSON", e);
            }
            return;
        }
        List<ObjectNode> nodes = rows.stream().map(r -> (ObjectNode) json.valueToTree(r)).toList();
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"");
        ctx.result(format == Format.CSV ? csv(nodes) : geoJson(json, nodes).toString());
    }

    private static String csv(List<ObjectNode> rows) {
        List<Map<String, JsonNode>> flat = rows.stream().map(ListExport::flatten).toList();
        var columns = new LinkedHashSet<String>();
        flat.forEach(r -> columns.addAll(r.keySet()));
        var out = new StringWriter();
        var csv = new CsvWriter(out);
        csv.row(List.copyOf(columns));
        for (var row : flat) {
            var cells = new ArrayList<String>(columns.size());
            for (String c : columns) cells.add(cell(row.get(c)));
            csv.row(cells);
        }
        return out.toString();
    }

    private static Map<String, JsonNode> flatten(ObjectNode row) {
        var out = new LinkedHashMap<String, JsonNode>();
        flatten("", row, out);
        return out;
    }

    private static void flatten(String prefix, ObjectNode node, Map<String, JsonNode> out) {
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) flatten(prefix + e.getKey() + ".", (ObjectNode) e.getValue(), out);
            else out.put(prefix + e.getKey(), e.getValue());
        });
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) return "";
        if (v.isNumber() || v.isBoolean()) return v.asText();
        if (v.isArray()) {
            var parts = new ArrayList<String>();
            v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
            return safe(String.join("; ", parts));
        }
        return safe(v.asText());
    }

    /** Text a spreadsheet would take as a formula (=, +, -, @, or a tab or CR before one) is kept as text. */
    static String safe(String text) {
        if (text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    private static ObjectNode geoJson(ObjectMapper json, List<ObjectNode> rows) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ObjectNode row : rows) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            JsonNode lat = row.get("lat"), lon = row.get("lon");
            if (lat != null && lon != null && lat.isNumber() && lon.isNumber()) {
                feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon.doubleValue()).add(lat.doubleValue());
            } else {
                feature.putNull("geometry");
            }
            feature.set("properties", row);
        }
        return collection;
    }
}
