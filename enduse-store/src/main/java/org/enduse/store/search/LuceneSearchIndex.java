package org.enduse.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of records, a Lucene index in a folder of the data directory. Each record's
 * text goes into the field of its language (see {@link LanguageAnalyzers}); a query is analyzed
 * once per language and matches a record when all its words match in that record's field, so a
 * Dutch plural finds the singular and a Russian case ending finds the other forms. The index
 * remembers up to which audit entry it holds the records' changes ({@link #indexedUpTo()}).
 * A writer is opened per update: the server and a CLI command may share the folder.
 */
public final class LuceneSearchIndex implements AutoCloseable {
    /** The index's folder inside a data directory. */
    public static final String FOLDER = "search";
    private static final String SEQ = "audit_seq";
    private static final int SNIPPET_BEFORE = 80;
    private static final int SNIPPET_AFTER = 160;

    private final Directory directory;
    private DirectoryReader reader;

    private LuceneSearchIndex(Directory directory) {
        this.directory = directory;
    }

    public static LuceneSearchIndex open(Path dataDir) {
        try {
            return new LuceneSearchIndex(FSDirectory.open(dataDir.resolve(FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dataDir.resolve(FOLDER), e);
        }
    }

    /** The audit sequence number the index has caught up to; -1 when it was never built. */
    public synchronized long indexedUpTo() {
        DirectoryReader r = reader();
        if (r == null) return -1;
        String seq = commitData(r).get(SEQ);
        return seq == null ? -1 : Long.parseLong(seq);
    }

    /** Puts (replacing by kind and id) and removes records, and records that the index holds changes up to {@code upTo}. */
    public synchronized void update(List<SearchDocument> put, Set<String> removeKeys, long upTo) {
        write(false, put, removeKeys, upTo);
    }

    /** Replaces the whole index with these records. */
    public synchronized void rebuild(List<SearchDocument> all, long upTo) {
        write(true, all, Set.of(), upTo);
    }

    private void write(boolean fresh, List<SearchDocument> put, Set<String> removeKeys, long upTo) {
        var config = new IndexWriterConfig(LanguageAnalyzers.perField())
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String key : removeKeys) writer.deleteDocuments(new Term("key", key));
            for (SearchDocument d : put) writer.updateDocument(new Term("key", d.key()), document(d));
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(upTo)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index (is `enduse search --reindex` running elsewhere?)", e);
        }
    }

    private static Document document(SearchDocument d) {
        String field = LanguageAnalyzers.field(LanguageAnalyzers.fieldLanguage(d.language()));
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.YES));
        doc.add(new StoredField("kind", d.kind()));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StoredField("title", d.title()));
        if (d.link() != null) doc.add(new StoredField("link", d.link()));
        doc.add(new StoredField("language", LanguageAnalyzers.fieldLanguage(d.language())));
        doc.add(new StoredField("text", d.text()));
        doc.add(new TextField(field, d.title(), Field.Store.NO));
        doc.add(new TextField(field, d.text(), Field.Store.NO));
        return doc;
    }

    /** The best {@code limit} matches, best first; a query with no words matches nothing. */
    public synchronized List<SearchHit> search(String query, int limit) {
        DirectoryReader r = reader();
        if (r == null || query == null || query.isBlank()) return List.of();
        var anyLanguage = new BooleanQuery.Builder();
        var termsByLanguage = new java.util.HashMap<String, Set<String>>();
        for (String lang : LanguageAnalyzers.BY_LANGUAGE.keySet()) {
            Set<String> terms = terms(LanguageAnalyzers.analyzer(lang), query);
            if (terms.isEmpty()) continue;
            termsByLanguage.put(lang, terms);
            var all = new BooleanQuery.Builder();
            for (String t : terms) all.add(new TermQuery(new Term(LanguageAnalyzers.field(lang), t)), BooleanClause.Occur.MUST);
            anyLanguage.add(all.build(), BooleanClause.Occur.SHOULD);
        }
        if (termsByLanguage.isEmpty()) return List.of();
        try {
            IndexSearcher searcher = new IndexSearcher(r);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(anyLanguage.build(), limit).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String lang = d.get("language");
                hits.add(new SearchHit(d.get("kind"), d.get("id"), d.get("title"), d.get("link"),
                        snippet(d.get("text"), lang, termsByLanguage.getOrDefault(lang, Set.of())), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /** A passage around the first word of the text that analyzes to a query term; the text's start when none does. */
    private static String snippet(String text, String language, Set<String> terms) {
        int start = 0, end = 0;
        try (TokenStream ts = LanguageAnalyzers.analyzer(language).tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    start = offset.startOffset();
                    end = offset.endOffset();
                    break;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = Math.max(0, start - SNIPPET_BEFORE), to = Math.min(text.length(), Math.max(end, start) + SNIPPET_AFTER);
        String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + cut + (to < text.length() ? "…" : "");
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        var out = new LinkedHashSet<String>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The newest committed reader, reopened when another writer committed; null when there is no index yet. */
    private DirectoryReader reader() {
        try {
            if (reader == null) {
                if (!DirectoryReader.indexExists(directory)) return null;
                reader = DirectoryReader.open(directory);
            } else {
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    private static Map<String, String> commitData(DirectoryReader r) {
        try {
            return r.getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (reader != null) reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
