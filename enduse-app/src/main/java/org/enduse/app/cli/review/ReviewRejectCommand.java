package org.enduse.app.cli.review;

import org.enduse.app.cli.Contexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Reject a pending candidate; it is kept, with the reason, and no record is made.",
        footer = {"", "Examples:", "  enduse review reject ca_01HZX... --reason 'same event as ca_01HZY..., already accepted'"})
public final class ReviewRejectCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The candidate id.")
    String id;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the candidate is rejected.")
    String reason;

    @Override
    public void run() {
        try (var app = Contexts.open(spec)) {
            app.reviewQueue().reject(app.user(), id, reason);
        }
    }
}
