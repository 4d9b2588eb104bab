package org.enduse.app.cli.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.extract.eval.LabelledDocument;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.source.Source;

/** News-sized documents for the benchmarks, built from a labelled development set. */
final class BenchCorpus {
    private BenchCorpus() {}

    /** Concatenates labelled texts of one language until each document reaches the size. */
    static List<Document> of(List<LabelledDocument> labelled, int size) {
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
