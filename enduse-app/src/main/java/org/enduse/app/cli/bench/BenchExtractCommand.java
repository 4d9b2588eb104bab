package org.enduse.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import org.enduse.app.cli.UserException;
import org.enduse.core.extract.ExtractionJson;
import org.enduse.core.extract.Extractor;
import org.enduse.core.intake.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enduse bench extract [DIR]}: the whole extract path (language, mentions, events, JSON)
 * over news-sized documents built from a development set, single-threaded and on every core.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Documents/s and MB/s of extraction on ~3 KB documents built from a labelled set.",
        footer = {"", "Example:", "  enduse bench extract enduse-core/src/test/resources/devset"})
public final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpus input;

    @Option(names = "--docs", defaultValue = "20000", description = "Documents per timed run (default ${DEFAULT-VALUE}).")
    int docs;

    @Override
    public Integer call() throws Exception {
        if (docs <= 0) throw new UserException("--docs must be positive");
        Extractor extractor = input.extractor();
        List<Document> corpus = input.documents();
        long bytes = corpus.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum() / corpus.size();
        var out = spec.commandLine().getOut();
        out.printf("%d distinct documents of ~%d bytes; %d per run; heap max %d MB; %d cores%n", corpus.size(), bytes, docs,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        run(extractor, corpus, Math.max(docs / 4, 1), 1); // warm-up
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            long start = System.nanoTime(), processStart = process.getProcessCpuTime();
            double workerCpu = run(extractor, corpus, docs, threads) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9, processCpu = (process.getProcessCpuTime() - processStart) / 1e9;
            // Wall time depends on what else the machine runs; CPU time per document does not. The
            // workers' own CPU time leaves out the collector and the compiler; the process's counts them.
            out.printf("threads %d: %.0f docs/s, %.2f MB/s wall (%d docs in %.2f s); %.0f docs per CPU-second of the workers, "
                    + "%.0f per CPU-second of the process (with GC and JIT)%n", threads, docs / seconds, docs * bytes / seconds / 1e6,
                    docs, seconds, docs / workerCpu, docs / processCpu);
        }
        out.printf("peak heap used: %d MB; after a full collection: %d MB%n", peakHeapMb(), liveHeapMb());
        out.flush();
        return 0;
    }

    /** Extracts {@code count} documents and writes their JSON lines on {@code threads} threads; returns the threads' CPU nanoseconds. */
    private static long run(Extractor extractor, List<Document> corpus, int count, int threads) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long cpuStart = mx.getCurrentThreadCpuTime();
                    for (int i = first; i < count; i += threads) ExtractionJson.line(extractor.extract(corpus.get(i % corpus.size()), null));
                    return mx.getCurrentThreadCpuTime() - cpuStart;
                }));
            }
            long cpuNanos = 0;
            for (Future<Long> f : parts) cpuNanos += f.get();
            return cpuNanos;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What stays on the heap (the dictionaries, the lexicon, the language profiles) once the documents are garbage. */
    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
