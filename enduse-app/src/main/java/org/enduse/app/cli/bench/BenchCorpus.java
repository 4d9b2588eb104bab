package org.enduse.app.cli.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.enduse.app.cli.UserException;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.TsvNameSource;
import org.enduse.core.extract.eval.Devset;
import org.enduse.core.extract.eval.LabelledDocument;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.source.Source;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The benchmarks' input: news-sized documents built from a labelled development set, and an extractor with its names. */
public final class BenchCorpus {
    @Parameters(paramLabel = "DIR", defaultValue = "enduse-core/src/test/resources/devset",
            description = "A development set directory (*.jsonl and names.tsv); default ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--size", defaultValue = "3000", description = "Approximate document size in characters (default ${DEFAULT-VALUE}).")
    int size;

    /** The names the CLI uses (country lexicon, catalog, gazetteer) plus the set's own dictionary. */
    Extractor extractor() {
        Path names = checkedDir().resolve("names.tsv");
        return Extractor.standard(Files.exists(names) ? TsvNameSource.read(names) : sink -> { });
    }

    List<Document> documents() {
        return of(Devset.read(checkedDir()), size);
    }

    private Path checkedDir() {
        if (!Files.isDirectory(dir)) throw new UserException(dir + ": no such directory");
        return dir;
    }

    /** Concatenates labelled texts of one language until each document reaches the size. */
    private static List<Document> of(List<LabelledDocument> labelled, int size) {
        List<Document> out = new ArrayList<>();
        var byLanguage = new java.util.TreeMap<String, List<String>>();
        for (LabelledDocument d : labelled) byLanguage.computeIfAbsent(d.language(), k -> new ArrayList<>()).add(d.text());
        for (var entry : byLanguage.entrySet()) {
            List<String> texts = entry.getValue();
            for (int start = 0; start < texts.size(); start++) {
                StringBuilder text = new StringBuilder();
                for (int k = start; text.length() < size; k++) text.append(texts.get(k % texts.size())).append("\n\n");
                String t = text.toString().strip();
                out.add(new Document("bench-" + entry.getKey() + "-" + start, "bench", Source.sha256Of(t.getBytes(StandardCharsets.UTF_8)),
                        DocumentFormat.TEXT, "UTF-8", null, null, Instant.EPOCH, t));
            }
        }
        return out;
    }

    /** The document with a numbered line appended, so each copy has its own content and sha256 (ingest skips repeats). */
    static Document copy(Document d, int n) {
        String t = d.text() + "\n\nCopy " + n + ".";
        return new Document(d.source() + "-" + n, d.location(), Source.sha256Of(t.getBytes(StandardCharsets.UTF_8)), d.format(), d.charset(),
                d.title(), d.published(), d.retrieved(), t);
    }
}
