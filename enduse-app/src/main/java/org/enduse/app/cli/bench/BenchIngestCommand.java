package org.enduse.app.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enduse.app.cli.UserException;
import org.enduse.core.extract.Extractor;
import org.enduse.core.ingest.IngestPace;
import org.enduse.core.ingest.IngestSummary;
import org.enduse.core.ingest.Ingester;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.IntakeResult;
import org.enduse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enduse bench ingest [DIR]}: the whole ingest path as `enduse ingest` runs it (extraction
 * on worker threads, one writer storing batches of documents in SQLite, story grouping) into a
 * fresh store in a temporary directory, which is deleted afterwards.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Documents/s and MB/s of ingest into a fresh SQLite store, on ~3 KB documents built from a labelled set.",
        footer = {"", "Example:", "  enduse bench ingest enduse-core/src/test/resources/devset --docs 5000"})
public final class BenchIngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpus input;

    @Option(names = "--docs", defaultValue = "2000", description = "Distinct documents ingested in the timed run (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--batch", description = "Documents per transaction (default: as ingest does).")
    Integer batch;

    @Option(names = "--workers", description = "Extraction threads (default: as ingest, one per core).")
    Integer workers;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (docs <= 0) throw new UserException("--docs must be positive");
        IngestPace standard = IngestPace.standard();
        IngestPace pace = new IngestPace(workers != null ? workers : standard.workers(), batch != null ? batch : standard.batchDocuments(),
                standard.batchTime(), standard.queued());
        Extractor extractor = input.extractor();
        List<Document> corpus = input.documents();
        var out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("enduse-bench-ingest");
        try (SqliteStore store = SqliteStore.open(data)) {
            // Warm-up on copies the timed run does not repeat (a repeat would be skipped as already ingested).
            ingestCopies(new Ingester(store, "bench", extractor, null, outcome -> { }, pace), corpus, -Math.max(docs / 10, 1), 0);
            long bytes = 0;
            for (int i = 0; i < docs; i++) bytes += BenchCorpus.copy(corpus.get(i % corpus.size()), i).text().getBytes(StandardCharsets.UTF_8).length;
            var sampler = new RunSampler();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long start = System.nanoTime(), cpuStart = os.getProcessCpuTime();
            IngestSummary summary = ingestCopies(new Ingester(store, "bench", extractor, null, outcome -> { }, pace), corpus, 0, docs);
            double seconds = (System.nanoTime() - start) / 1e9, cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            sampler.stop();
            var cpuByThread = sampler.cpuSeconds("ingest-extract-", "ingest-writer", "main");
            // Wall time depends on what else the machine runs and on the disk's fsync; CPU time per document less so.
            out.printf("%d documents of ~%d bytes into SQLite: %.0f docs/s, %.2f MB/s wall (%.2f s, story grouping included); "
                            + "%.0f docs per CPU-second (all threads, %.1f CPU-s)%n", summary.documentsNew(), bytes / docs, docs / seconds,
                    bytes / seconds / 1e6, seconds, docs / cpu, cpu);
            double threads = cpuByThread.values().stream().mapToDouble(Double::doubleValue).sum();
            out.printf("CPU seconds by thread: %s, the JVM's own (JIT compilers, garbage collector) %.1f%n", cpuByThread.entrySet().stream()
                    .map(e -> String.format("%s %.1f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")), cpu - threads);
            out.printf("%d stories, %d mentions, %d events, %d candidates, %d errors%n", summary.stories(), summary.mentions(), summary.events(),
                    summary.candidates(), summary.failed());
            out.printf("pace: %d extraction workers, %d documents per transaction; peak heap used %d MB of %d MB; load average %.2f; "
                            + "store file %d MB; %d cores%n", pace.workers(), pace.batchDocuments(), sampler.peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, os.getSystemLoadAverage(), Files.size(data.resolve(SqliteStore.FILE_NAME)) >> 20,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            deleteTree(data);
        }
        out.flush();
        return 0;
    }

    /** Ingests copies numbered from {@code first} (negative for the warm-up) up to {@code end}, exclusive, and finishes the run. */
    private static IngestSummary ingestCopies(Ingester ingester, List<Document> corpus, int first, int end) {
        try (ingester) {
            for (int i = first; i < end; i++) {
                ingester.ingest(new IntakeResult.Read(BenchCorpus.copy(corpus.get(Math.floorMod(i, corpus.size())), i)));
            }
            return ingester.finish();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
