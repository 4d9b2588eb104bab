package org.enduse.app.cli.transfer;

import java.util.List;
import java.util.stream.Collectors;
import org.enduse.app.cli.OutputFormat;
import org.enduse.app.cli.RecordCommands;
import org.enduse.app.cli.TextTable;
import org.enduse.app.io.RecordFiles;
import org.enduse.core.common.Enums;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored transfers.",
        footer = {"", "Examples:", "  enduse transfers list", "  enduse transfers list --donor BE --recipient UA --equipment fn-scar-l",
                "  enduse transfers list --status delivered --format csv > delivered.csv",
                "  enduse transfers list --since 2023-05 --equipment maxxpro"})
public final class TransferListCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    TransferFilterOptions filter;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public void run() {
        var query = filter.query();
        var transfers = RecordCommands.read(spec, repos -> repos.transfers().list(query));
        RecordCommands.list(spec, format, transfers, RecordFiles::writeTransfers, () -> table(transfers));
    }

    private static TextTable table(List<Transfer> transfers) {
        var table = new TextTable("ID", "DONOR", "RECIPIENT", "ANNOUNCED", "NAME", "LINES");
        for (var t : transfers) {
            table.row(t.id(), t.donor(), t.recipient(), t.announced(), t.name(),
                    t.lines().stream().map(TransferListCommand::summary).collect(Collectors.joining("; ")));
        }
        return table;
    }

    private static String summary(TransferLine line) {
        return line.quantity() + " " + line.equipment() + (line.status() == null ? "" : " (" + Enums.label(line.status()) + ")");
    }
}
