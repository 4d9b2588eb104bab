package org.enduse.app.cli.inquiry;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.OptionValue;
import org.enduse.core.inquiry.InquiryOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Close an inquiry with its outcome: violation_established, no_violation, loss_explained, items_recovered,",
                "unresolved or withdrawn (a draft never sent can only be withdrawn)."},
        footer = {"", "Examples:", "  enduse inquiry close inq_01HZX --outcome loss_explained --note \"Captured in Bakhmut, May 2023\"",
                "  enduse inquiry close inq_01HZX --outcome withdrawn"})
public final class InquiryCloseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;
    @Option(names = "--outcome", required = true, description = "How it ended.")
    String outcome;
    @Option(names = "--note", description = "Why, in short.")
    String note;
    @Option(names = "--date", paramLabel = "DATE", description = "The day it was closed (default: today).")
    String date;
    @Mixin
    Today today;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var how = OptionValue.of("--outcome", () -> InquiryOutcome.parse(outcome));
        try (var app = Contexts.open(spec)) {
            var service = app.inquiries(today.clock());
            var on = date == null ? service.today() : Today.day("--date", date);
            var closed = service.close(app.user(), id, how, note, on).inquiry();
            spec.commandLine().getOut().printf("%s closed on %s: %s%n", closed.id(), on, how.label());
            return 0;
        }
    }
}
