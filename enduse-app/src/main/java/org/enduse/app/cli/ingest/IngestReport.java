package org.enduse.app.cli.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.enduse.core.ingest.IngestSummary;
import org.enduse.store.json.RecordJson;

/** The end-of-run summary of ingest, for people (text) and for scripts (JSON, docs/formats.md). */
final class IngestReport {
    private IngestReport() {}

    static String text(IngestSummary s) {
        var out = new StringBuilder();
        out.append("documents: ").append(s.documentsRead()).append(" read, ").append(s.documentsNew()).append(" new, ")
                .append(s.alreadyIngested()).append(" already ingested\n");
        out.append("languages: ").append(s.languages().isEmpty() ? "none" : counts(s.languages())).append('\n');
        out.append("created: ").append(s.mentions()).append(" mentions, ").append(s.events()).append(" events, ")
                .append(s.candidates()).append(" candidates, ").append(s.stories()).append(" stories\n");
        out.append("errors: ").append(s.failed()).append(s.errors().isEmpty() ? "" : " (" + counts(s.errors()) + ")");
        if (s.candidates() > 0) out.append("\nreview the candidates with: enduse review list --status pending");
        return out.toString();
    }

    static String json(IngestSummary s) {
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("read", s.documentsRead());
        documents.put("new", s.documentsNew());
        documents.put("already_ingested", s.alreadyIngested());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("mentions", s.mentions());
        created.put("events", s.events());
        created.put("candidates", s.candidates());
        created.put("stories", s.stories());
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("total", s.failed());
        errors.put("by_kind", new TreeMap<>(s.errors()));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("documents", documents);
        all.put("languages", new TreeMap<>(s.languages()));
        all.put("created", created);
        all.put("errors", errors);
        return RecordJson.pretty(all);
    }

    private static String counts(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
