package org.enduse.app.cli.sighting;

import org.enduse.app.cli.ImportOptions;
import org.enduse.app.io.Importer;
import org.enduse.app.io.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import sightings from a CSV or JSON file (columns: docs/formats.md).",
                "Every row is checked first; any problem rejects the whole file and nothing is written."},
        footer = {"", "Examples:", "  enduse sightings import belgorod.csv", "  enduse sightings import export.json --upsert"})
public final class SightingImportCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    ImportOptions options;

    @Override
    public void run() {
        options.run(spec, RecordFiles::readSightings, Importer::sightings, "sightings");
    }
}
