package org.enduse.app.cli.transfer;

import picocli.CommandLine.Command;

/** Groups the transfer commands. */
@Command(name = "transfers", mixinStandardHelpOptions = true,
        description = "Record, list, show, import and export transfers (packages of donated equipment).",
        subcommands = {TransferAddCommand.class, TransferListCommand.class, TransferShowCommand.class, TransferImportCommand.class,
                TransferExportCommand.class},
        footer = {"", "Examples:", "  enduse transfers import packages.csv", "  enduse transfers list --donor BE --status delivered",
                "  enduse transfers export --format json --output all.json"})
public final class TransfersCommand {}
