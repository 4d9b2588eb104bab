package org.enduse.app.cli.inquiry;

import java.io.PrintWriter;
import org.enduse.app.AppContext;
import org.enduse.core.inquiry.InquiryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an inquiry: parties, state, deadline (and whether it is overdue), links, the timeline of its events and its correspondence.",
        footer = {"", "Examples:", "  enduse inquiry show inq_01HZX", "  enduse inquiry show inq_01HZX --today 2023-08-01"})
public final class InquiryShowCommand extends InquiryStep {
    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;

    @Override
    int run(AppContext app, InquiryService service, PrintWriter out) {
        InquiryText.dossier(service.get(id), service.today(), out);
        return 0;
    }
}
