package org.enduse.app.cli.inquiry;

import java.io.PrintWriter;
import org.enduse.app.AppContext;
import org.enduse.app.cli.OptionValue;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.inquiry.InquiryQuery;
import org.enduse.core.inquiry.InquiryService;
import org.enduse.core.inquiry.InquiryState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List inquiries, oldest first. Overdue: sent, acknowledged or under investigation, and past the deadline."},
        footer = {"", "Examples:", "  enduse inquiry list", "  enduse inquiry list --state under_investigation --party UA",
                "  enduse inquiry list --overdue --today 2023-08-01"})
public final class InquiryListCommand extends InquiryStep {
    @Option(names = "--state", description = "Only inquiries in this state (draft, sent, acknowledged, under_investigation, answered, closed).")
    String state;
    @Option(names = "--overdue", description = "Only inquiries whose answer is overdue today.")
    boolean overdue;
    @Option(names = "--party", paramLabel = "CC", description = "Only inquiries this state asked or was asked (ISO 3166-1 alpha-2).")
    String party;
    @Override
    int run(AppContext app, InquiryService service, PrintWriter out) {
        var inState = state == null ? null : OptionValue.of("--state", () -> Enums.parse(InquiryState.class, state, "state"));
        var with = party == null ? null : OptionValue.of("--party", () -> CountryCode.of(party));
        var day = service.today();
        InquiryText.table(service.list(new InquiryQuery(inState, with, overdue ? day : null)), day, out);
        return 0;
    }
}
