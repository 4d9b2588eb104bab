package org.enduse.app.cli.inquiry;

import java.io.PrintWriter;
import org.enduse.app.AppContext;
import org.enduse.app.cli.OptionValue;
import org.enduse.core.inquiry.InquiryOutcome;
import org.enduse.core.inquiry.InquiryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Close an inquiry with its outcome: violation_established, no_violation, loss_explained, items_recovered,",
                "unresolved or withdrawn (a draft never sent can only be withdrawn)."},
        footer = {"", "Examples:", "  enduse inquiry close inq_01HZX --outcome loss_explained --note \"Captured in Bakhmut, May 2023\"",
                "  enduse inquiry close inq_01HZX --outcome withdrawn"})
public final class InquiryCloseCommand extends InquiryStep {
    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;
    @Option(names = "--outcome", required = true, description = "How it ended.")
    String outcome;
    @Option(names = "--note", description = "Why, in short.")
    String note;
    @Mixin
    StepDay day;

    @Override
    int run(AppContext app, InquiryService service, PrintWriter out) {
        var how = OptionValue.of("--outcome", () -> InquiryOutcome.parse(outcome));
        var on = day.on(service);
        var closed = service.close(app.user(), id, how, note, on).inquiry();
        out.printf("%s closed on %s: %s%n", closed.id(), on, how.label());
        return 0;
    }
}
