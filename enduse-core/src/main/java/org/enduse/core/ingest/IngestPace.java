package org.enduse.core.ingest;

import java.time.Duration;

/**
 * How an ingest run spreads its work: documents are extracted on {@code workers} threads while one
 * writer stores them in order, up to {@code batchDocuments} per transaction and never holding a
 * stored document uncommitted longer than {@code batchTime}, so that an interrupted run loses at
 * most the last batch (and nothing of it is half-stored). At most {@code queued} documents wait
 * between reading and storing, which bounds the memory a run takes.
 */
public record IngestPace(int workers, int batchDocuments, Duration batchTime, int queued) {
    public IngestPace {
        if (workers < 1 || batchDocuments < 1 || queued < 1 || batchTime.isNegative() || batchTime.isZero()) {
            throw new IllegalArgumentException("workers, batch size, batch time and queue must be positive: " + workers + ", "
                    + batchDocuments + ", " + batchTime + ", " + queued);
        }
    }

    /**
     * One extraction worker per core. A batch of 100 news documents is about 20,000 rows and one
     * fsync instead of 100; a second is about what a stop can cost.
     */
    public static IngestPace standard() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new IngestPace(cores, 100, Duration.ofSeconds(1), 200 + 8 * cores);
    }
}
