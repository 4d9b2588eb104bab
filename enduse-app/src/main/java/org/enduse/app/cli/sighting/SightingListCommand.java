package org.enduse.app.cli.sighting;

import java.util.List;
import org.enduse.app.cli.OutputFormat;
import org.enduse.app.cli.RecordCommands;
import org.enduse.app.cli.TextTable;
import org.enduse.app.io.RecordFiles;
import org.enduse.core.common.Enums;
import org.enduse.core.sighting.Sighting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored sightings.",
        footer = {"", "Examples:", "  enduse sightings list", "  enduse sightings list --country RU --equipment fn-scar-l",
                "  enduse sightings list --holder rdk --format json",
                "  enduse sightings list --since 2023-05 --verification geolocated"})
public final class SightingListCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    SightingFilterOptions filter;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public void run() {
        var query = filter.query();
        var sightings = RecordCommands.read(spec, repos -> repos.sightings().list(query));
        RecordCommands.list(spec, format, sightings, RecordFiles::writeSightings, () -> table(sightings));
    }

    private static TextTable table(List<Sighting> sightings) {
        var table = new TextTable("ID", "OBSERVED", "EQUIPMENT", "QUANTITY", "HOLDER", "PLACE", "STATUS", "VERIFICATION");
        for (var s : sightings) {
            table.row(s.id(), s.observed(), s.equipment(), s.quantity(), s.holder(), s.place(), Enums.label(s.status()), Enums.label(s.verification()));
        }
        return table;
    }
}
