package org.enduse.app.cli.audit;

import picocli.CommandLine.Command;

/** Groups the audit commands. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Read the append-only log of every change.",
        subcommands = {AuditListCommand.class},
        footer = {"", "Examples:", "  enduse audit list --limit 20", "  enduse audit list --type transfer --id tr_01HZX4K3 --format json"})
public final class AuditCommand {}
