package org.enduse.app.cli.source;

import picocli.CommandLine.Command;

/** Groups the source commands. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List and show the documents evidence rests on.",
        subcommands = {SourceListCommand.class, SourceShowCommand.class},
        footer = {"", "Examples:", "  enduse sources list", "  enduse sources show src_01HZX4K3"})
public final class SourcesCommand {}
