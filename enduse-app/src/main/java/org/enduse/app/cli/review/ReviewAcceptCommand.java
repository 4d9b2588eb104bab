package org.enduse.app.cli.review;

import org.enduse.app.cli.Contexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "accept", mixinStandardHelpOptions = true,
        description = "Accept a pending candidate: creates the sighting or transfer it describes, linked to its source, and "
                + "prints the new record's id. Fields that do not make a valid record are reported and nothing changes; "
                + "fix them with 'enduse review edit' first.",
        footer = {"", "Examples:", "  enduse review accept ca_01HZX...", "  enduse review accept ca_01HZX... --as-id s-scar-belgorod-2"})
public final class ReviewAcceptCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The candidate id.")
    String id;
    @Option(names = "--as-id", paramLabel = "RECORD_ID", description = "The id of the record to create (default: a new si_/tr_ id).")
    String asId;

    @Override
    public void run() {
        try (var app = Contexts.open(spec)) {
            var accepted = app.reviewQueue().accept(app.user(), id, asId);
            spec.commandLine().getOut().println(accepted.recordId());
            spec.commandLine().getOut().flush();
        }
    }
}
