package org.enduse.core.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.enduse.core.common.Ids;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.Story;
import org.enduse.core.extract.StoryGrouper;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.IntakeResult;
import org.enduse.core.review.EventCandidates;
import org.enduse.core.source.Source;
import org.enduse.core.storage.Store;

/**
 * Stores what intake reads: each new document as a source with its text, mentions, events and
 * review candidates, whole or not at all, so a failure leaves nothing of that document and the run
 * goes on. A document whose original bytes were ingested before (same sha256) changes nothing.
 *
 * Documents are extracted on worker threads while one {@link BatchWriter} stores them in reading
 * order, many per transaction (see {@link IngestPace}); {@link #ingest} waits when too many are
 * queued. Each document's outcome goes to the listener, in reading order, once it is final.
 * {@link #finish} stores the rest and groups the documents new in this run into stories.
 */
public final class Ingester implements AutoCloseable {
    private final Store store;
    private final String user;
    private final Extractor extractor;
    private final PartialDate reference;
    private final Consumer<DocumentOutcome> listener;
    private final IngestSummary summary = new IngestSummary();
    /** Fed each new document as it is stored; keeps only its features, not its mentions. */
    private final StoryGrouper grouper = new StoryGrouper();
    private final ExecutorService workers;
    private final BlockingQueue<Future<PreparedDocument>> queue;
    private final Thread writer;
    private volatile Throwable writerFailure;
    private boolean ended;

    /** Ingests at the standard pace, dropping the outcomes (the summary counts them). */
    public Ingester(Store store, String user, Extractor extractor, PartialDate reference) {
        this(store, user, extractor, reference, outcome -> { }, IngestPace.standard());
    }

    /**
     * @param reference the date relative dates are read against when a document states none, or null
     * @param listener  called with each document's outcome, in reading order, on the writer's thread
     */
    public Ingester(Store store, String user, Extractor extractor, PartialDate reference, Consumer<DocumentOutcome> listener,
                    IngestPace pace) {
        this.store = store;
        this.user = user;
        this.extractor = extractor;
        this.reference = reference;
        this.listener = listener;
        this.workers = Executors.newFixedThreadPool(pace.workers(), Thread.ofPlatform().name("ingest-extract-", 1).daemon().factory());
        this.queue = new ArrayBlockingQueue<>(pace.queued());
        this.writer = Thread.ofPlatform().name("ingest-writer").daemon().unstarted(() -> {
            try {
                new BatchWriter(queue, store, user, pace, this::stored).run();
            } catch (Throwable e) {
                writerFailure = e;
            }
        });
        writer.start();
    }

    /** Queues the document (waiting while the queue is full); its outcome comes to the listener later. */
    public void ingest(IntakeResult result) {
        if (ended) throw new IllegalStateException("this ingest run has finished");
        if (writerFailure != null) throw new IllegalStateException("ingest stopped: " + writerFailure.getMessage(), writerFailure);
        switch (result) {
            case IntakeResult.Failed f -> enqueue(CompletableFuture.completedFuture(
                    PreparedDocument.decided(DocumentOutcome.failed(f.source(), f.error().failure().label(), f.error().getMessage()))));
            case IntakeResult.Read r -> {
                var task = new FutureTask<>(() -> prepare(r.document()));
                enqueue(task);
                workers.execute(task);
            }
        }
    }

    /** Stores what is queued, then groups this run's new documents into stories and stores those joining two or more. */
    public IngestSummary finish() {
        end();
        List<Story> stories = grouper.stories().stream().filter(s -> s.sources().size() > 1)
                .map(s -> new Story(Ids.next("st"), s.sources(), s.sharedFeatures())).toList();
        if (!stories.isEmpty()) {
            store.write(user, repos -> {
                stories.forEach(repos.reports()::save);
                return null;
            });
        }
        summary.addStories(stories.size());
        return summary;
    }

    /** Stores what is queued and stops the threads; stories are grouped only by {@link #finish}. */
    @Override
    public void close() {
        if (!ended) end();
    }

    private void end() {
        if (ended) return;
        ended = true;
        try {
            if (writer.isAlive()) enqueue(BatchWriter.END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the last documents were stored", e);
        } finally {
            // Every task was taken by the writer, unless it failed: then what is left is not wanted.
            workers.shutdownNow();
        }
        if (writerFailure != null) throw new IllegalStateException("ingest stopped: " + writerFailure.getMessage(), writerFailure);
    }

    private void enqueue(Future<PreparedDocument> document) {
        try {
            while (!queue.offer(document, 100, TimeUnit.MILLISECONDS)) {
                if (!writer.isAlive()) throw new IllegalStateException("ingest stopped: " + writerFailure, writerFailure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to queue a document", e);
        }
    }

    /** On a worker: skips content stored before, else extracts. The writer checks again inside its write. */
    private PreparedDocument prepare(Document d) {
        var known = store.read(repos -> repos.reports().sourceWithSha256(d.sha256()));
        if (known.isPresent()) return PreparedDocument.decided(already(store, d.source(), known.get()));
        Extraction x;
        try {
            x = extractor.extract(d, reference);
        } catch (RuntimeException e) {
            // A fault of ours on one document must not cost the others.
            return PreparedDocument.decided(DocumentOutcome.failed(d.source(), "internal", "internal error while extracting: " + e));
        }
        Source source = source(Ids.next("src"), d, x);
        return new PreparedDocument(d.source(), null, d, source, x, EventCandidates.of(source.id(), x));
    }

    /** On the writer, in reading order. */
    private void stored(PreparedDocument d, DocumentOutcome outcome) {
        summary.add(outcome);
        if (outcome.result() == DocumentOutcome.Result.NEW) grouper.add(outcome.sourceId(), d.extraction());
        listener.accept(outcome);
    }

    static DocumentOutcome already(Store store, String name, String sourceId) {
        return DocumentOutcome.already(name, sourceId, store.read(repos -> repos.sources().find(sourceId).map(Source::language).orElse(null)));
    }

    private static Source source(String id, Document d, Extraction x) {
        String language = x.language() != null && x.language().matches("[a-z]{2}") ? x.language() : null;
        LocalDate published = x.published() != null ? x.published() : d.published();
        return new Source(id, d.location(), d.title(), null, language,
                published == null ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant(), d.retrieved(), d.sha256());
    }
}
