package org.enduse.app.cli.assess;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.UserException;
import org.enduse.core.assess.ReviewDecision;
import org.enduse.core.assess.ViolationReviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code enduse verdict confirm|reject SIGHTING --transfer T}: a reviewer's decision on a potential violation. */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = {"Record a reviewer's decision on a potential violation: only a confirmation makes it a confirmed violation, a",
                "rejection makes it compliant. The decision is stored and audited under your name, applied by every later assess",
                "(which runs right away for what changed), and shown by explain."},
        subcommands = {VerdictCommand.Confirm.class, VerdictCommand.Reject.class},
        footer = {"", "Examples:", "  enduse verdict confirm s-scar-belgorod --transfer be-2023-01 --note \"serials match the Belgian delivery\"",
                "  enduse verdict reject s-maxxpro-raid --transfer pl-2022-mrap --note \"the markings are of a US vehicle\""})
public final class VerdictCommand {
    /** The options both decisions take, and what they do. */
    abstract static class Decide implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "SIGHTING", description = "The sighting's id.")
        String sightingId;
        @Option(names = "--transfer", required = true, paramLabel = "ID", description = "The candidate transfer (see: enduse explain SIGHTING).")
        String transferId;
        @Option(names = "--line", paramLabel = "ID", description = "The candidate line, when the transfer has more than one for this sighting.")
        String lineId;
        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why: what the decision rests on.")
        String note;

        abstract ReviewDecision decision();

        @Override
        public Integer call() {
            if (note.isBlank()) throw new UserException("--note: say what the decision rests on");
            var out = spec.commandLine().getOut();
            try (var app = Contexts.open(spec)) {
                var review = new ViolationReviews(app.store(), Clock.systemUTC())
                        .decide(app.user(), sightingId, transferId, lineId, decision(), note);
                app.assessments().run(app.user(), false);
                var verdict = app.store().read(repos -> repos.assessments().find(sightingId)).orElseThrow().assessments().stream()
                        .filter(a -> transferId.equals(a.transferId()) && review.lineId().equals(a.lineId())).findFirst().orElseThrow().verdict();
                out.printf("%s against %s/%s: %s by %s; verdict now %s%n", sightingId, transferId, review.lineId(),
                        decision().name().toLowerCase(java.util.Locale.ROOT), review.reviewer(), verdict.name().toLowerCase(java.util.Locale.ROOT));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Confirm a potential violation.",
            footer = {"", "Example:", "  enduse verdict confirm s-scar-belgorod --transfer be-2023-01 --note \"serials match\""})
    static final class Confirm extends Decide {
        @Override
        ReviewDecision decision() {
            return ReviewDecision.CONFIRMED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a potential violation: the reviewer found none.",
            footer = {"", "Example:", "  enduse verdict reject s-maxxpro-raid --transfer pl-2022-mrap --note \"US markings\""})
    static final class Reject extends Decide {
        @Override
        ReviewDecision decision() {
            return ReviewDecision.REJECTED;
        }
    }
}
