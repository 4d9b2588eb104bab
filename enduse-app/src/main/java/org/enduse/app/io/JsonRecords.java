package org.enduse.app.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.csv.Utf8;
import org.enduse.store.json.RecordJson;

/**
 * Records as a JSON array of full nested objects. Reading checks every element and reports each
 * problem with the element's number (as the row, 1-based) and the field.
 */
final class JsonRecords {
    private JsonRecords() {}

    static <T> List<T> read(String input, byte[] bytes, Class<T> type) {
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.BadEncoding e) {
            // In JSON a "row" is a record, which the bad byte cannot be placed in without parsing; the line can.
            long line = e.validPrefix().chars().filter(c -> c == '\n').count() + 1;
            throw new InvalidInputException(InputProblem.of(input,
                    "invalid UTF-8 at byte " + e.byteOffset() + " (line " + line + "; save the file as UTF-8)"));
        }
        JsonNode root;
        try {
            root = RecordJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(InputProblem.of(input, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage() + " (is the file truncated?)"));
        }
        if (root == null || !root.isArray()) throw new InvalidInputException(InputProblem.of(input, "expected a JSON array of records"));
        var out = new ArrayList<T>();
        var problems = new ArrayList<InputProblem>();
        for (int i = 0; i < root.size(); i++) {
            try {
                out.add(RecordJson.mapper().treeToValue(root.get(i), type));
            } catch (JsonProcessingException e) {
                problems.addAll(problemsOf(input, i + 1, e));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    static void write(List<?> records, Writer out) {
        try {
            RecordJson.mapper().writeValue(out, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record's own validation message when it has one, else Jackson's, at the JSON path it names. */
    private static List<InputProblem> problemsOf(String input, int row, JsonProcessingException e) {
        String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? pathOf(m) : null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                // A record constructor names its own field below the path; a value reader (country, date) sits at the path itself.
                boolean constructor = e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException;
                return invalid.problems().stream()
                        .map(p -> new InputProblem(input, row, column(path, p.column(), constructor), p.message())).toList();
            }
        }
        String message = e instanceof UnrecognizedPropertyException u ? "unknown field '" + u.getPropertyName() + "'" : e.getOriginalMessage();
        return List.of(new InputProblem(input, row, path, message));
    }

    private static String column(String path, String field, boolean constructor) {
        if (path == null) return field;
        // A record validating one of its fields names it ("quantity"), and the path may already end there.
        if (field == null || !constructor || path.equals(field) || path.endsWith("." + field)) return path;
        return path + "." + field;
    }

    private static String pathOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        var parts = new ArrayList<String>();
        for (var ref : e.getPath()) parts.add(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
        return parts.isEmpty() ? null : String.join(".", parts);
    }
}
