package org.enduse.app.cli.catalog;

import picocli.CommandLine.Command;

/** Groups the reference-catalog commands. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Look up equipment types and actors by any of their names, in en, nl, fr, de, uk, ru and pl.",
        subcommands = {CatalogResolveCommand.class, CatalogShowCommand.class, CatalogSearchCommand.class,
                CatalogStatsCommand.class, CatalogEvalOryxCommand.class},
        footer = {"", "Examples:", "  enduse catalog resolve SCAR Хамві \"pantserhouwitsers PzH 2000\"", "  enduse catalog show m1224-maxxpro",
                "  enduse catalog stats"})
public final class CatalogCommand {}
