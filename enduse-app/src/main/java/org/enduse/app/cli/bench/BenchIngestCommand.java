package org.enduse.app.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.enduse.app.cli.UserException;
import org.enduse.core.extract.Extractor;
import org.enduse.core.ingest.Ingester;
import org.enduse.core.ingest.IngestSummary;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.IntakeResult;
import org.enduse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enduse bench ingest [DIR]}: the whole ingest path (extraction, then one SQLite transaction
 * per document with its source, text, mentions, events and candidates) into a fresh store in a
 * temporary directory, which is deleted afterwards.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Documents/s and MB/s of ingest into a fresh SQLite store, on ~3 KB documents built from a labelled set.",
        footer = {"", "Example:", "  enduse bench ingest enduse-core/src/test/resources/devset --docs 2000"})
public final class BenchIngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpus input;

    @Option(names = "--docs", defaultValue = "2000", description = "Distinct documents ingested in the timed run (default ${DEFAULT-VALUE}).")
    int docs;

    @Override
    public Integer call() throws IOException {
        if (docs <= 0) throw new UserException("--docs must be positive");
        Extractor extractor = input.extractor();
        List<Document> corpus = input.documents();
        var out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("enduse-bench-ingest");
        try (SqliteStore store = SqliteStore.open(data)) {
            // Warm-up on copies the timed run does not repeat (a repeat would be skipped as already ingested).
            var warmUp = new Ingester(store, "bench", extractor, null);
            ingestCopies(warmUp, corpus, -Math.max(docs / 10, 1), 0);
            warmUp.finish();
            long bytes = 0;
            for (int i = 0; i < docs; i++) bytes += BenchCorpus.copy(corpus.get(i % corpus.size()), i).text().getBytes(StandardCharsets.UTF_8).length;
            var mx = ManagementFactory.getThreadMXBean();
            var ingester = new Ingester(store, "bench", extractor, null);
            long start = System.nanoTime(), cpuStart = mx.getCurrentThreadCpuTime();
            ingestCopies(ingester, corpus, 0, docs);
            double seconds = (System.nanoTime() - start) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long grouping = System.nanoTime();
            IngestSummary summary = ingester.finish();
            double groupingSeconds = (System.nanoTime() - grouping) / 1e9;
            // Wall time depends on what else the machine runs and on the disk's fsync; CPU time per document less so.
            out.printf("%d documents of ~%d bytes into SQLite: %.0f docs/s, %.2f MB/s wall (%.2f s); %.0f docs per CPU-second%n",
                    summary.documentsNew(), bytes / docs, docs / seconds, bytes / seconds / 1e6, seconds, docs / cpu);
            out.printf("then grouping the run into %d stories: %.2f s; %d mentions, %d events, %d candidates, %d errors%n", summary.stories(),
                    groupingSeconds, summary.mentions(), summary.events(), summary.candidates(), summary.failed());
            out.printf("store file: %d MB; %d cores, heap max %d MB%n", Files.size(data.resolve(SqliteStore.FILE_NAME)) >> 20,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            deleteTree(data);
        }
        out.flush();
        return 0;
    }

    /** Ingests copies numbered from {@code first} (negative for the warm-up) up to {@code end}, exclusive. */
    private static void ingestCopies(Ingester ingester, List<Document> corpus, int first, int end) {
        for (int i = first; i < end; i++) {
            ingester.ingest(new IntakeResult.Read(BenchCorpus.copy(corpus.get(Math.floorMod(i, corpus.size())), i)));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
