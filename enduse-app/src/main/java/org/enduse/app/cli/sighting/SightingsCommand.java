package org.enduse.app.cli.sighting;

import picocli.CommandLine.Command;

/** Groups the sighting commands. */
@Command(name = "sightings", mixinStandardHelpOptions = true,
        description = "Record, list, show, import and export sightings (equipment observed somewhere, in someone's hands).",
        subcommands = {SightingAddCommand.class, SightingListCommand.class, SightingShowCommand.class, SightingImportCommand.class,
                SightingExportCommand.class},
        footer = {"", "Examples:", "  enduse sightings import belgorod.csv", "  enduse sightings list --country RU --holder rdk",
                "  enduse sightings export --format json --output sightings.json"})
public final class SightingsCommand {}
