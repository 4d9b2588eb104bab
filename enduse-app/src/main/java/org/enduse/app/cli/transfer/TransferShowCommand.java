package org.enduse.app.cli.transfer;

import java.io.PrintWriter;
import org.enduse.app.cli.RecordCommands;
import org.enduse.app.io.RecordFiles;
import org.enduse.core.common.Enums;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one transfer with its lines, serials, history and terms.",
        footer = {"", "Examples:", "  enduse transfers show tr_01HZX4K3", "  enduse transfers show tr_01HZX4K3 --json"})
public final class TransferShowCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The transfer id.")
    String id;
    @Option(names = "--json", description = "Print the full record as JSON.")
    boolean json;

    @Override
    public void run() {
        Transfer found = RecordCommands.require(RecordCommands.read(spec, repos -> repos.transfers().find(id)), "transfer", id);
        RecordCommands.show(spec, json, found, RecordFiles::writeTransfers, TransferShowCommand::print);
    }

    private static void print(Transfer t, PrintWriter out) {
        out.println(t.id() + (t.name() == null ? "" : "  " + t.name()));
        out.println("  " + t.donor() + " -> " + t.recipient() + (t.financier() == null ? "" : ", paid by " + t.financier())
                + (t.announced() == null ? "" : ", announced " + t.announced()) + (t.value() == null ? "" : ", worth " + t.value()));
        var terms = t.terms();
        if (!terms.isEmpty() || terms.validUntil() != null) {
            out.println("  terms: territory " + (terms.permittedTerritory().isEmpty() ? "any" : String.join(", ", terms.permittedTerritory()))
                    + "; end users " + (terms.permittedEndUsers().isEmpty() ? "any" : String.join(", ", terms.permittedEndUsers()))
                    + (terms.purpose() == null ? "" : "; purpose " + terms.purpose().label())
                    + (terms.retransferRequiresConsent() ? "; re-transfer needs consent" : "")
                    + (terms.rightToInspect() ? "; donor may inspect" : "")
                    + (terms.validUntil() == null ? "" : "; valid until " + terms.validUntil()));
        }
        for (TransferLine line : t.lines()) {
            out.println("  line " + line.id() + ": " + line.quantity() + " " + line.equipment()
                    + (line.equipment().typeId() != null && line.equipment().description() != null ? " (" + line.equipment().description() + ")" : ""));
            if (!line.serials().isEmpty()) out.println("    serials: " + String.join(", ", line.serials().stream().map(Object::toString).toList()));
            for (var e : line.history()) {
                out.println("    " + e.date() + "  " + Enums.label(e.status()) + (e.sourceId() == null ? "" : "  [" + e.sourceId() + "]")
                        + (e.note() == null ? "" : "  " + e.note()));
            }
        }
        if (!t.sourceIds().isEmpty()) out.println("  sources: " + String.join(", ", t.sourceIds()));
        if (t.note() != null) out.println("  note: " + t.note());
    }
}
