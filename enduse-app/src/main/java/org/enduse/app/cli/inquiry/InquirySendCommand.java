package org.enduse.app.cli.inquiry;

import java.io.PrintWriter;
import org.enduse.app.AppContext;
import org.enduse.core.inquiry.InquiryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Mark a draft inquiry as sent, with the deadline for the answer (default: the one set when it was opened).",
        footer = {"", "Examples:", "  enduse inquiry send inq_01HZX", "  enduse inquiry send inq_01HZX --deadline 2023-07-06 --date 2023-06-06"})
public final class InquirySendCommand extends InquiryStep {
    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;
    @Option(names = "--deadline", paramLabel = "DATE", description = "The answer is due by this day (YYYY-MM-DD); not before the day it is sent.")
    String deadline;
    @Mixin
    StepDay day;

    @Override
    int run(AppContext app, InquiryService service, PrintWriter out) {
        var due = deadline == null ? null : Today.day("--deadline", deadline);
        var on = day.on(service);
        var sent = service.send(app.user(), id, due, on).inquiry();
        out.printf("%s sent %s; answer due %s%n", sent.id(), on, sent.deadline());
        return 0;
    }
}
