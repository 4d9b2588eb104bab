package org.enduse.app.cli.inquiry;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.OptionValue;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.inquiry.InquiryQuery;
import org.enduse.core.inquiry.InquiryState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List inquiries, oldest first. Overdue: sent, acknowledged or under investigation, and past the deadline."},
        footer = {"", "Examples:", "  enduse inquiry list", "  enduse inquiry list --state under_investigation --party UA",
                "  enduse inquiry list --overdue --today 2023-08-01"})
public final class InquiryListCommand implements Callable<Integer> {
    @Option(names = "--state", description = "Only inquiries in this state (draft, sent, acknowledged, under_investigation, answered, closed).")
    String state;
    @Option(names = "--overdue", description = "Only inquiries whose answer is overdue today.")
    boolean overdue;
    @Option(names = "--party", paramLabel = "CC", description = "Only inquiries this state asked or was asked (ISO 3166-1 alpha-2).")
    String party;
    @Mixin
    Today today;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var inState = state == null ? null : OptionValue.of("--state", () -> Enums.parse(InquiryState.class, state, "state"));
        var with = party == null ? null : OptionValue.of("--party", () -> CountryCode.of(party));
        try (var app = Contexts.open(spec)) {
            var service = app.inquiries(today.clock());
            var day = service.today();
            var out = spec.commandLine().getOut();
            InquiryText.table(service.list(new InquiryQuery(inState, with, overdue ? day : null)), day, out);
            out.flush();
            return 0;
        }
    }
}
