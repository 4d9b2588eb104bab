package org.enduse.core.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of an ingest run: documents read (new plus already ingested), languages of the
 * documents read, what was created, and failures by kind.
 */
public final class IngestSummary {
    private int read, created, already, mentions, events, candidates, stories;
    private final Map<String, Integer> languages = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    void add(DocumentOutcome o) {
        switch (o.result()) {
            case NEW -> {
                read++;
                created++;
                mentions += o.mentions();
                events += o.events();
                candidates += o.candidates();
                languages.merge(o.language(), 1, Integer::sum);
            }
            case ALREADY_INGESTED -> {
                read++;
                already++;
                languages.merge(o.language(), 1, Integer::sum);
            }
            case FAILED -> errors.merge(o.errorKind(), 1, Integer::sum);
        }
    }

    void addStories(int n) {
        stories += n;
    }

    public int documentsRead() { return read; }
    public int documentsNew() { return created; }
    public int alreadyIngested() { return already; }
    public int mentions() { return mentions; }
    public int events() { return events; }
    public int candidates() { return candidates; }
    public int stories() { return stories; }
    public int failed() { return errors.values().stream().mapToInt(Integer::intValue).sum(); }
    public Map<String, Integer> languages() { return Map.copyOf(languages); }
    public Map<String, Integer> errors() { return Map.copyOf(errors); }
}
