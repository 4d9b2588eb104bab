package org.enduse.app.cli.inquiry;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an inquiry: parties, state, deadline (and whether it is overdue), links, the timeline of its events and its correspondence.",
        footer = {"", "Examples:", "  enduse inquiry show inq_01HZX", "  enduse inquiry show inq_01HZX --today 2023-08-01"})
public final class InquiryShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;
    @Mixin
    Today today;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var app = Contexts.open(spec)) {
            var service = app.inquiries(today.clock());
            var out = spec.commandLine().getOut();
            InquiryText.dossier(service.get(id), service.today(), out);
            out.flush();
            return 0;
        }
    }
}
