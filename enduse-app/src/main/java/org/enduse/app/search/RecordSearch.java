package org.enduse.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enduse.app.source.SourceTexts;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.source.Source;
import org.enduse.core.storage.Repositories;
import org.enduse.core.storage.Store;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;
import org.enduse.store.audit.RecordChanges;
import org.enduse.store.search.LuceneSearchIndex;
import org.enduse.store.search.SearchDocument;
import org.enduse.store.search.SearchHit;

/**
 * Full-text search over sources (their title and document text, in their language), sightings
 * and transfers. The index follows the audit log: before each search it takes in the records
 * written since it was last brought up to date (by this process or any other), so a record is
 * findable from the first search after it was written; {@link #reindex} rebuilds it whole.
 */
public final class RecordSearch {
    private static final List<String> KINDS = List.of("source", "sighting", "transfer");
    /** Matches looked at before the organisation filter; a caller sees the best of these it may see. */
    private static final int CANDIDATES = 500;

    private final Store store;
    private final LuceneSearchIndex index;
    private final RecordChanges changes;

    public RecordSearch(Store store, LuceneSearchIndex index, RecordChanges changes) {
        this.store = store;
        this.index = index;
        this.changes = changes;
    }

    /** The best matches of every kind, whoever owns them (the CLI: the local operator sees every record). */
    public List<SearchHit> search(String query, int limit) {
        catchUp();
        return index.search(query, limit);
    }

    /** The best matches the organisation may see. */
    public List<SearchHit> search(String query, int limit, String organisationId, RecordAccessRepository access) {
        catchUp();
        List<SearchHit> hits = index.search(query, CANDIDATES);
        var visible = new java.util.HashMap<String, Set<String>>();
        for (String kind : KINDS) {
            visible.put(kind, access.visibleAmong(kind, organisationId, hits.stream().filter(h -> h.kind().equals(kind)).map(SearchHit::id).toList()));
        }
        return hits.stream().filter(h -> visible.getOrDefault(h.kind(), Set.of()).contains(h.id())).limit(limit).toList();
    }

    /** Rebuilds the index from every stored record; returns how many records it holds. */
    public synchronized int reindex() {
        long upTo = changes.latest();
        List<SearchDocument> all = store.read(r -> Stream.of(
                r.sources().list().stream().map(RecordSearch::document),
                r.sightings().list(SightingQuery.all()).stream().map(RecordSearch::document),
                r.transfers().list(TransferQuery.all()).stream().map(RecordSearch::document)).flatMap(s -> s).toList());
        index.rebuild(all, upTo);
        return all.size();
    }

    /** Takes in the records changed since the index was last brought up to date; builds it when there is none. */
    public synchronized void catchUp() {
        long indexed = index.indexedUpTo();
        if (indexed < 0) {
            reindex();
            return;
        }
        long latest = changes.latest();
        if (latest == indexed) return;
        var changed = changes.changedBetween(indexed, latest, KINDS);
        List<SearchDocument> put = new ArrayList<>();
        store.read(r -> {
            for (var c : changed) find(r, c.entityType(), c.entityId()).ifPresent(put::add);
            return null;
        });
        Set<String> keys = put.stream().map(SearchDocument::key).collect(Collectors.toSet());
        Set<String> gone = changed.stream().map(c -> c.entityType() + ":" + c.entityId()).filter(k -> !keys.contains(k)).collect(Collectors.toSet());
        index.update(put, gone, latest);
    }

    private static java.util.Optional<SearchDocument> find(Repositories r, String kind, String id) {
        return switch (kind) {
            case "source" -> r.sources().find(id).map(RecordSearch::document);
            case "sighting" -> r.sightings().find(id).map(RecordSearch::document);
            case "transfer" -> r.transfers().find(id).map(RecordSearch::document);
            default -> java.util.Optional.empty();
        };
    }

    private static SearchDocument document(Source s) {
        var text = SourceTexts.of(s);
        String link = s.location().startsWith("https://") || s.location().startsWith("http://") ? s.location() : null;
        return new SearchDocument("source", s.id(), s.title(), link, s.language(), text.document() == null ? "" : text.document().text());
    }

    private static SearchDocument document(Sighting s) {
        var p = s.place();
        String text = join(Stream.concat(Stream.of(s.equipment().description(), s.equipment().typeId(), p.name(), p.region(),
                s.holder() == null ? null : s.holder().name(), s.note()), Stream.concat(s.markings().stream(), s.serials().stream())));
        return new SearchDocument("sighting", s.id(), "Sighting " + s.id() + ": " + Objects.requireNonNullElse(s.equipment().description(),
                Objects.requireNonNullElse(s.equipment().typeId(), "equipment")), "/sightings/" + s.id(), null, text);
    }

    private static SearchDocument document(Transfer t) {
        String text = join(Stream.concat(Stream.of(t.name(), t.note()), t.lines().stream()
                .flatMap(l -> Stream.of(l.equipment().description(), l.equipment().typeId(), l.note()))));
        return new SearchDocument("transfer", t.id(), t.name() == null ? "Transfer " + t.id() : t.name(), "/transfers", null, text);
    }

    private static String join(Stream<String> parts) {
        return parts.filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
}
