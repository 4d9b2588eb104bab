package org.enduse.core.ingest;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.enduse.core.storage.Attempt;
import org.enduse.core.storage.Repositories;
import org.enduse.core.storage.Store;

/**
 * The one writer of an ingest run: takes the documents in the order they were read, as the
 * extraction workers finish them, and stores them in batches, each document in a savepoint of its
 * own ({@link Store#writeEach}) so that a document that fails leaves nothing while the rest of its
 * batch commits. A batch is committed when it is full or its first document has waited the pace's
 * batch time. Each document's outcome is handed on in reading order once it is final.
 */
final class BatchWriter implements Runnable {
    /** Queued after the last document. */
    static final Future<PreparedDocument> END = CompletableFuture.completedFuture(null);

    /** Receives each document's final outcome, on the writer's thread. */
    interface Outcomes {
        void accept(PreparedDocument document, DocumentOutcome outcome);
    }

    private final BlockingQueue<Future<PreparedDocument>> queue;
    private final Store store;
    private final String user;
    private final IngestPace pace;
    private final Outcomes outcomes;
    private final List<PreparedDocument> batch = new ArrayList<>();
    /** When the current batch must be committed, in System.nanoTime terms. */
    private long due;

    BatchWriter(BlockingQueue<Future<PreparedDocument>> queue, Store store, String user, IngestPace pace, Outcomes outcomes) {
        this.queue = queue;
        this.store = store;
        this.user = user;
        this.pace = pace;
        this.outcomes = outcomes;
    }

    @Override
    public void run() {
        try {
            while (true) {
                Future<PreparedDocument> next = batch.isEmpty() ? queue.take() : queue.poll(due - System.nanoTime(), NANOSECONDS);
                if (next == null) {
                    flush();
                } else if (next == END) {
                    flush();
                    return;
                } else {
                    PreparedDocument document = await(next);
                    if (batch.isEmpty()) due = System.nanoTime() + pace.batchTime().toNanos();
                    batch.add(document);
                    if (batch.size() >= pace.batchDocuments() || System.nanoTime() - due >= 0) flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the ingest writer was interrupted; the documents of its last batch were not stored", e);
        }
    }

    /** The next document once extracted; a batch that falls due meanwhile is committed first. */
    private PreparedDocument await(Future<PreparedDocument> next) throws InterruptedException {
        try {
            if (batch.isEmpty()) return next.get();
            try {
                return next.get(Math.max(0, due - System.nanoTime()), NANOSECONDS);
            } catch (TimeoutException slow) {
                flush();
                return next.get();
            }
        } catch (ExecutionException e) {
            // Workers turn extraction faults into a failed outcome; what arrives here (the store refusing the look-up
            // of a sha256, an Error) would fail every document after it too, so it stops the run.
            throw new IllegalStateException("a document could not be prepared for storing: " + e.getCause(), e.getCause());
        }
    }

    private void flush() {
        if (batch.isEmpty()) return;
        List<PreparedDocument> toStore = batch.stream().filter(d -> d.decided() == null).toList();
        List<Attempt<String>> attempts = toStore.isEmpty() ? List.of()
                : store.writeEach(user, toStore.stream().map(BatchWriter::storing).toList());
        int next = 0;
        for (PreparedDocument d : batch) outcomes.accept(d, d.decided() != null ? d.decided() : outcome(d, attempts.get(next++)));
        batch.clear();
    }

    /** Stores the document, or returns the source that already has its content. */
    private static Function<Repositories, String> storing(PreparedDocument d) {
        return repos -> {
            // Checked again inside the write: another run, or an earlier copy in this batch, may have stored it meanwhile.
            var earlier = repos.reports().sourceWithSha256(d.document().sha256());
            if (earlier.isPresent()) return earlier.get();
            repos.sources().save(d.source());
            repos.reports().save(d.source().id(), d.extraction());
            repos.candidates().addAll(d.candidates());
            return d.source().id();
        };
    }

    private DocumentOutcome already(PreparedDocument d, String sourceId) {
        // An earlier copy in this batch is not visible to other connections before the commit; its source is at hand.
        for (PreparedDocument earlier : batch) {
            if (earlier.source() != null && earlier.source().id().equals(sourceId)) {
                return DocumentOutcome.already(d.name(), sourceId, earlier.source().language());
            }
        }
        return Ingester.already(store, d.name(), sourceId);
    }

    private DocumentOutcome outcome(PreparedDocument d, Attempt<String> attempt) {
        if (!attempt.succeeded()) {
            return DocumentOutcome.failed(d.name(), "store", "could not be stored, nothing of it was kept: " + attempt.failure().getMessage());
        }
        if (!attempt.value().equals(d.source().id())) return already(d, attempt.value());
        var x = d.extraction();
        return new DocumentOutcome(DocumentOutcome.Result.NEW, d.name(), d.source().id(), x.language(), x.mentions().size(),
                x.events().size(), d.candidates().size(), null, null);
    }
}
