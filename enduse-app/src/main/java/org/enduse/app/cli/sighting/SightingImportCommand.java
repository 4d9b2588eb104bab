package org.enduse.app.cli.sighting;

import java.nio.file.Path;
import org.enduse.app.cli.Contexts;
import org.enduse.app.io.FileFormat;
import org.enduse.app.io.Importer;
import org.enduse.app.io.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import sightings from a CSV or JSON file (columns: docs/formats.md).",
                "Every row is checked first; any problem rejects the whole file and nothing is written."},
        footer = {"", "Examples:", "  enduse sightings import belgorod.csv", "  enduse sightings import export.json --upsert"})
public final class SightingImportCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;
    @Option(names = "--format", paramLabel = "FORMAT", description = "CSV or JSON (default: from the file's extension).")
    FileFormat format;
    @Option(names = "--upsert", description = "Replace sightings whose id is already stored, instead of refusing the file.")
    boolean upsert;

    @Override
    public void run() {
        var sightings = RecordFiles.readSightings(file, FileFormat.of(format, file));
        try (var app = Contexts.open(spec)) {
            int n = app.store().write(app.user(), repos -> Importer.sightings(repos, file.toString(), sightings, upsert));
            spec.commandLine().getOut().println("imported " + n + " sightings from " + file);
            spec.commandLine().getOut().flush();
        }
    }
}
