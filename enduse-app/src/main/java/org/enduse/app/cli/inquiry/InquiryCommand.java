package org.enduse.app.cli.inquiry;

import picocli.CommandLine.Command;

/** Groups the inquiry commands. */
@Command(name = "inquiry", mixinStandardHelpOptions = true,
        description = {"Open, send, follow and close inquiries from one state to another about sightings and transfers.",
                "States: draft, sent, acknowledged, under investigation, answered, closed (docs/inquiries.md)."},
        subcommands = {InquiryOpenCommand.class, InquirySendCommand.class, InquiryRecordCommand.class, InquiryCloseCommand.class,
                InquiryListCommand.class, InquiryShowCommand.class},
        footer = {"", "Examples:", "  enduse inquiry open --from-alert s-scar-belgorod", "  enduse inquiry send inq_01HZX --deadline 2023-07-06",
                "  enduse inquiry record inq_01HZX --event investigation-opened --date 2023-06-15 --attach reply.pdf",
                "  enduse inquiry list --overdue", "  enduse inquiry show inq_01HZX"})
public final class InquiryCommand {}
