package org.enduse.app.cli.sighting;

import org.enduse.app.cli.ExportOptions;
import org.enduse.app.cli.RecordCommands;
import org.enduse.app.io.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export sightings to CSV or JSON; importing the file into an empty store gives the same data.",
        footer = {"", "Examples:", "  enduse sightings export --output sightings.csv", "  enduse sightings export --format json --country RU"})
public final class SightingExportCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    SightingFilterOptions filter;
    @Mixin
    ExportOptions export;

    @Override
    public void run() {
        var query = filter.query();
        export.chosenFormat(); // a bad --format or --output fails before the store is read
        export.write(spec, RecordCommands.read(spec, repos -> repos.sightings().list(query)), RecordFiles::writeSightings);
    }
}
