package org.enduse.app.cli.geo;

import picocli.CommandLine.Command;

/** Groups the geography commands. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Find places by name and tell where a point lies (internationally recognised borders).",
        subcommands = {GeoLocateCommand.class, GeoWhereCommand.class},
        footer = {"", "Examples:", "  enduse geo locate \"Бєлгородська область\" Kozinka", "  enduse geo where 50.60 36.59"})
public final class GeoCommand {}
