package org.enduse.app.cli.geo;

import picocli.CommandLine.Command;

/** Groups the geography commands. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Find places by name (en, nl, fr, de, uk, ru, pl) and tell where a point lies.",
        subcommands = {GeoLocateCommand.class, GeoWhereCommand.class},
        footer = {"", "Examples:", "  enduse geo locate \"Бєлгородська область\" Grayvoron Kijów",
                "  enduse geo where 50.60 36.59", "  enduse geo where --layer occupation 45.36 36.47",
                "", "Data sources, layers and their dates: docs/geography.md."})
public final class GeoCommand {}
