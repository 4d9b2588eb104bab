package org.enduse.core.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/** Reads a development set directory: every *.jsonl file, one labelled document a line. */
public final class Devset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Devset() {}

    public static List<LabelledDocument> read(Path dir) {
        List<LabelledDocument> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.of(dir.toString(), "cannot list the development set: " + e.getMessage()));
        }
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(InputProblem.of(file.toString(), "cannot read: " + e.getMessage()));
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                try {
                    JsonNode n = JSON.readTree(lines.get(i));
                    for (String key : List.of("id", "language", "text")) {
                        if (!n.hasNonNull(key)) throw new IllegalArgumentException("missing \"" + key + "\"");
                    }
                    out.add(new LabelledDocument(n.get("id").asText(), n.get("language").asText(),
                            n.hasNonNull("published") ? n.get("published").asText() : null, n.get("text").asText(),
                            list(n.get("mentions")), list(n.get("events"))));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new InputProblem(file.toString(), i + 1, null, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        if (out.isEmpty()) throw new InvalidInputException(InputProblem.of(dir.toString(), "no labelled documents (*.jsonl) found"));
        return out;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) array.forEach(out::add);
        return out;
    }
}
