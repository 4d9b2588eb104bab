package org.enduse.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports what docs/benchmarks.md quotes; its numbers are not checked (a benchmark is not a timed test). */
class BenchExtractCommandTest {
    private static final String DEVSET = "../enduse-core/src/test/resources/devset";

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportsSingleThreadedAndAllCoresWithCpuTimeAndHeap() {
        Run r = run("bench", "extract", DEVSET, "--docs", "40");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("99 distinct documents of ~\\d+ bytes; 40 per run; heap max \\d+ MB; \\d+ cores")
                .containsPattern("threads 1: \\d+ docs/s, [\\d.]+ MB/s wall \\(40 docs in [\\d.]+ s\\); \\d+ docs per CPU-second of the workers, "
                        + "\\d+ per CPU-second of the process \\(with GC and JIT\\)")
                .containsPattern("threads " + Runtime.getRuntime().availableProcessors() + ": ")
                .containsPattern("peak heap used: \\d+ MB; after a full collection: \\d+ MB");
    }

    @Test
    void refusesANonPositiveCountAndAMissingSet() {
        Run none = run("bench", "extract", DEVSET, "--docs", "0");
        assertThat(none.code()).isNotZero();
        assertThat(none.err()).contains("--docs must be positive");

        Run missing = run("bench", "extract", "no-such-devset");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no-such-devset: no such directory");
    }
}
