package org.enduse.app.cli.transfer;

import org.enduse.app.cli.OptionValue;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.PartialDate;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.TransferQuery;
import picocli.CommandLine.Option;

/** The filters shared by list and export. */
public final class TransferFilterOptions {
    @Option(names = "--donor", paramLabel = "CC", description = "Only transfers from this donor (ISO country code).")
    String donor;
    @Option(names = "--recipient", paramLabel = "CC", description = "Only transfers to this recipient (ISO country code).")
    String recipient;
    @Option(names = "--equipment", paramLabel = "TEXT", description = "Only transfers with a line of this catalog type, or whose description contains TEXT.")
    String equipment;
    @Option(names = "--status", paramLabel = "STATUS", description = "Only transfers with a line whose current status is STATUS (e.g. delivered).")
    String status;
    @Option(names = "--since", paramLabel = "DATE", description = "Only transfers announced, or with a lifecycle event, on or after DATE "
            + "(YYYY, YYYY-MM or YYYY-MM-DD; a date known only to the month or year counts when it may fall on or after).")
    String since;

    TransferQuery query() {
        return new TransferQuery(OptionValue.of("--donor", () -> CountryCode.ofNullable(donor)),
                OptionValue.of("--recipient", () -> CountryCode.ofNullable(recipient)), equipment,
                Enums.parse(LifecycleStatus.class, status, "--status"), OptionValue.of("--since", () -> PartialDate.parseNullable(since)));
    }
}
