package org.enduse.app.cli.ingest;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.UserException;
import org.enduse.app.cli.extract.ReadingOptions;
import org.enduse.core.ingest.DocumentOutcome;
import org.enduse.core.ingest.IngestPace;
import org.enduse.core.ingest.Ingester;
import org.enduse.core.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enduse ingest SOURCE...}: reads reports as extract does and stores them, their findings and review candidates. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read reports (files, directories, http(s) URLs, feeds, '-' for standard input) and store each as a source "
                + "with its text, mentions, events and stories. Each sighting or transfer event becomes a pending candidate for "
                + "'enduse review'; nothing becomes a sighting or transfer without a reviewer. Content stored before (same sha256) "
                + "is skipped. A document that cannot be read or stored is reported on standard error and the run goes on; "
                + "each document is stored whole or not at all. Documents are committed in batches, at most a second apart: a run "
                + "that is stopped keeps what was committed, and running it again stores the rest. The summary goes to standard output.",
        footer = {"", "Examples:", "  enduse ingest reports/ https://example.org/feed.xml", "  curl -s URL | enduse ingest -",
                "  enduse ingest --format json --progress reports/ > summary.json", "  enduse review list"})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--format", defaultValue = "text", description = "Summary format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--progress", description = "Report progress on standard error even when it is not a terminal (one line a second).")
    boolean progress;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) throw new UserException("--format " + format + " is not supported (use text or json)");
        var limits = reading.limits();
        var reference = reading.reference();
        var err = spec.commandLine().getErr();
        // The extractor (catalog and gazetteer tries) is built before the meter starts: progress is
        // about documents, and a slow start must not print a line for the first one.
        var extractor = reading.extractor();
        var meter = new IngestProgress(err, progress, "1".equals(System.getenv("ENDUSE_STDERR_TTY")));
        IngestSummary summary;
        // Outcomes arrive on the ingest writer's thread, in reading order; only it prints until the run is finished.
        Consumer<DocumentOutcome> report = outcome -> {
            if (outcome.result() == DocumentOutcome.Result.FAILED) {
                meter.clear();
                err.println("ingest: " + outcome.source() + ": " + outcome.errorKind() + ": " + outcome.message());
            }
            meter.update(outcome);
        };
        try (var app = Contexts.open(spec);
             var ingester = new Ingester(app.store(), app.user(), extractor, reference, report, IngestPace.standard())) {
            reading.read(limits, ingester::ingest);
            summary = ingester.finish();
        }
        meter.done();
        var out = spec.commandLine().getOut();
        out.println(format.equals("json") ? IngestReport.json(summary) : IngestReport.text(summary));
        out.flush();
        return 0;
    }
}
