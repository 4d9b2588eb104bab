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
import org.enduse.core.source.Source;

/**
 * Reads a labelled set directory: every *.jsonl file, one labelled document a line. A document
 * gives its text inline ("text") or names a file ("file") under a texts directory, so real reports
 * that may not be copied into the repository can be labelled without their text.
 */
public final class Devset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Devset() {}

    public static List<LabelledDocument> read(Path dir) {
        return read(dir, dir);
    }

    /**
     * @param dir a directory of *.jsonl label files, or one such file (a batch kept as a single file,
     *     like the seeds' labels)
     * @param texts where the documents that name a "file" find it
     */
    public static List<LabelledDocument> read(Path dir, Path texts) {
        List<LabelledDocument> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        java.util.Map<String, String> firstSeen = new java.util.HashMap<>();
        List<Path> files;
        if (Files.isRegularFile(dir)) files = List.of(dir);
        else try (Stream<Path> list = Files.list(dir)) {
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
                    for (String key : List.of("id", "language")) {
                        if (!n.hasNonNull(key)) throw new IllegalArgumentException("missing \"" + key + "\"");
                    }
                    // Scores pair labels by id (a second labelling, a document read twice): an id used
                    // twice would score one document's labels against another's text.
                    String seen = firstSeen.putIfAbsent(n.get("id").asText(), file.getFileName() + " line " + (i + 1));
                    if (seen != null) throw new IllegalArgumentException("the id \"" + n.get("id").asText() + "\" is used again (first at " + seen + ")");
                    out.add(new LabelledDocument(n.get("id").asText(), n.get("language").asText(),
                            n.hasNonNull("published") ? n.get("published").asText() : null, text(n, texts),
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

    private static String text(JsonNode n, Path texts) throws IOException {
        if (n.hasNonNull("text")) return n.get("text").asText();
        if (!n.hasNonNull("file")) throw new IllegalArgumentException("missing \"text\" (or \"file\" naming the text)");
        Path file = texts.resolve(n.get("file").asText()).normalize();
        if (!file.startsWith(texts.normalize())) throw new IllegalArgumentException("\"file\" must stay inside " + texts);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("the text " + file + " does not exist (is the texts directory right?)");
        byte[] bytes = Files.readAllBytes(file);
        // Texts kept outside the repository may be fetched again from their URL: labels whose
        // offsets were read on other bytes would score nonsense, so a label may pin its text.
        if (n.hasNonNull("sha256") && !n.get("sha256").asText().equalsIgnoreCase(Source.sha256Of(bytes))) {
            throw new IllegalArgumentException("the text " + file + " is not the one labelled (its sha256 differs from the label's \"sha256\")");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) array.forEach(out::add);
        return out;
    }
}
