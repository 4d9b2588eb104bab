package org.enduse.app.cli.sighting;

import java.io.PrintWriter;
import org.enduse.app.cli.RecordCommands;
import org.enduse.app.io.RecordFiles;
import org.enduse.core.common.Enums;
import org.enduse.core.sighting.Sighting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one sighting.",
        footer = {"", "Examples:", "  enduse sightings show si_01HZX4K3", "  enduse sightings show si_01HZX4K3 --json"})
public final class SightingShowCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The sighting id.")
    String id;
    @Option(names = "--json", description = "Print the full record as JSON.")
    boolean json;

    @Override
    public void run() {
        Sighting found = RecordCommands.require(RecordCommands.read(spec, repos -> repos.sightings().find(id)), "sighting", id);
        RecordCommands.show(spec, json, found, RecordFiles::writeSightings, SightingShowCommand::print);
    }

    private static void print(Sighting s, PrintWriter out) {
        out.println(s.id() + "  " + s.quantity() + " " + s.equipment() + (s.equipment().description() != null && s.equipment().typeId() != null
                ? " (" + s.equipment().description() + ")" : ""));
        out.println("  seen " + (s.observed() == null ? "at an unknown date" : s.observed()) + " at " + s.place()
                + (s.holder() == null ? "" : ", held by " + s.holder() + (s.holder().name() != null && s.holder().actorId() != null
                ? " (" + s.holder().name() + ")" : "")));
        out.println("  status " + Enums.label(s.status()) + ", verification " + Enums.label(s.verification()));
        if (!s.serials().isEmpty()) out.println("  serials: " + String.join(", ", s.serials()));
        if (!s.markings().isEmpty()) out.println("  markings: " + String.join(", ", s.markings()));
        if (!s.sourceIds().isEmpty()) out.println("  sources: " + String.join(", ", s.sourceIds()));
        if (s.note() != null) out.println("  note: " + s.note());
    }
}
