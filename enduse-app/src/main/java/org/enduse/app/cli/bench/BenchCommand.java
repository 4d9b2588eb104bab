package org.enduse.app.cli.bench;

import picocli.CommandLine.Command;

/** Groups the benchmarks; their numbers go to docs/benchmarks.md. Not part of the test run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory of enduse's hot paths on this machine.",
        subcommands = {GeoBenchCommand.class, BenchExtractCommand.class, BenchIngestCommand.class, PasswordBenchCommand.class, BenchWebCommand.class},
        footer = {"", "Examples:", "  enduse bench geo", "  enduse bench extract", "  enduse bench ingest", "  enduse bench passwords", "  enduse bench web"})
public final class BenchCommand {}
