package org.enduse.app.cli.sighting;

import java.nio.file.Path;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.Output;
import org.enduse.app.io.FileFormat;
import org.enduse.app.io.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export sightings to CSV or JSON; importing the file into an empty store gives the same data.",
        footer = {"", "Examples:", "  enduse sightings export --output sightings.csv", "  enduse sightings export --format json --country RU"})
public final class SightingExportCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    SightingFilterOptions filter;
    @Option(names = "--format", paramLabel = "FORMAT", description = "CSV or JSON (default: from --output's extension, else CSV).")
    FileFormat format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public void run() {
        var query = filter.query();
        FileFormat chosen = Output.format(format, output);
        try (var app = Contexts.open(spec)) {
            var sightings = app.store().read(repos -> repos.sightings().list(query));
            Output.write(spec, output, w -> RecordFiles.writeSightings(sightings, chosen, w));
        }
    }
}
