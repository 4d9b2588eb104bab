package org.enduse.app.cli.ingest;

import java.io.PrintWriter;
import org.enduse.core.ingest.DocumentOutcome;

/**
 * Progress of a long ingest on standard error, at most once a second: on a terminal one line
 * redrawn in place, with --progress elsewhere one plain line each time; otherwise nothing.
 */
final class IngestProgress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long last = started;
    private int documents, created, failed;
    private boolean drawn;

    IngestProgress(PrintWriter err, boolean asked, boolean terminal) {
        this.err = err;
        this.enabled = asked || terminal;
        this.terminal = terminal;
    }

    void update(DocumentOutcome outcome) {
        documents++;
        if (outcome.result() == DocumentOutcome.Result.NEW) created++;
        if (outcome.result() == DocumentOutcome.Result.FAILED) failed++;
        long now = System.nanoTime();
        if (enabled && now - last >= INTERVAL_NANOS) {
            last = now;
            draw();
        }
    }

    /** Erases the redrawn line so a message can be printed on a clean one. */
    void clear() {
        if (terminal && drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    void done() {
        if (enabled && documents > 0) draw();
        if (terminal && drawn) err.println();
        err.flush();
    }

    private void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format("ingest: %d documents (%d new, %d failed), %.0f s", documents, created, failed, seconds);
        if (terminal) {
            err.print("\r\033[K" + line);
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }
}
