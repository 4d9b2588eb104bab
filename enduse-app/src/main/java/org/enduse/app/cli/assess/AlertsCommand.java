package org.enduse.app.cli.assess;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.SightingResult;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists potential and confirmed violations. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "List potential and confirmed violations of end-use terms, newest sighting first, from the results stored by enduse assess.",
        footer = {"", "Examples:", "  enduse alerts", "  enduse alerts --since 2023-05 --donor BE", "  enduse alerts --fail-if-any"})
public final class AlertsCommand implements Callable<Integer> {
    @Option(names = "--since", paramLabel = "DATE", description = "Only sightings that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String since;

    @Option(names = "--donor", paramLabel = "CC", description = "Only lines this donor gave (ISO 3166-1 alpha-2).")
    String donor;

    @Option(names = "--fail-if-any", description = "Exit with 1 when there is any alert.")
    boolean failIfAny;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var from = since == null ? null : PartialDate.parse(since).earliest();
        var by = CountryCode.ofNullable(donor);
        var out = spec.commandLine().getOut();
        try (var app = Contexts.open(spec)) {
            var alerts = SightingResult.alerts(app.store().read(repos -> repos.assessments().list()), from, by);
            for (Alert a : alerts) {
                out.printf("%-10s %-22s %s/%s %s->%s  %s  %s%s%n", a.observed(), a.sightingId(), a.transferId(), a.lineId(), a.donor(), a.recipient(),
                        a.verdict().name().toLowerCase(), String.join(",", a.causes().stream().map(Enum::name).toList()), a.ambiguous() ? "  (one of several likely sources)" : "");
            }
            out.printf("%d alerts (as of the last enduse assess)%n", alerts.size());
            out.flush();
            return failIfAny && !alerts.isEmpty() ? 1 : 0;
        }
    }
}
