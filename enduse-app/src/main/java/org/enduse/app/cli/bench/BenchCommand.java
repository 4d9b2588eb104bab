package org.enduse.app.cli.bench;

import picocli.CommandLine.Command;

/** {@code enduse bench ...}: hidden measurement commands; numbers go to docs/benchmarks.md, never into tests. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true, subcommands = BenchExtractCommand.class,
        description = "Measure throughput (not a test; see docs/benchmarks.md).")
public final class BenchCommand {
}
