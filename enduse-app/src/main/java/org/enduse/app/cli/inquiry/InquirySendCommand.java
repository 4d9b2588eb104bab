package org.enduse.app.cli.inquiry;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Mark a draft inquiry as sent, with the deadline for the answer (default: the one set when it was opened).",
        footer = {"", "Examples:", "  enduse inquiry send inq_01HZX", "  enduse inquiry send inq_01HZX --deadline 2023-07-06 --date 2023-06-06"})
public final class InquirySendCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;
    @Option(names = "--deadline", paramLabel = "DATE", description = "The answer is due by this day (YYYY-MM-DD); not before the day it is sent.")
    String deadline;
    @Option(names = "--date", paramLabel = "DATE", description = "The day it was sent (default: today).")
    String date;
    @Mixin
    Today today;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var due = deadline == null ? null : Today.day("--deadline", deadline);
        try (var app = Contexts.open(spec)) {
            var service = app.inquiries(today.clock());
            var on = date == null ? service.today() : Today.day("--date", date);
            var sent = service.send(app.user(), id, due, on).inquiry();
            spec.commandLine().getOut().printf("%s sent %s; answer due %s%n", sent.id(), on, sent.deadline());
            return 0;
        }
    }
}
