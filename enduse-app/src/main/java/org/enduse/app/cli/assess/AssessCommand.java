package org.enduse.app.cli.assess;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.enduse.app.cli.Contexts;
import org.enduse.core.assess.SightingResult;
import org.enduse.core.assess.Verdict;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Brings the stored assessments up to date and prints each sighting's verdict. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Attribute the stored sightings to their candidate transfer lines and check the end-use terms; the results are stored",
                "for alerts and explain. Only what changed since the last run is re-evaluated: new or changed sightings and those they",
                "affect, and the sightings attributed to a changed transfer. Prints one line per sighting: its most likely source and verdict."},
        footer = {"", "Examples:", "  enduse assess", "  enduse assess --all                          # re-evaluate every sighting",
                "  enduse assess --fail-on potential_violation   # exit 1 when any is found"})
public final class AssessCommand implements Callable<Integer> {
    @Option(names = "--all", description = "Re-evaluate every sighting, not only what changed since the last run.")
    boolean all;

    @Option(names = "--fail-on", paramLabel = "VERDICT", description = "Exit with 1 when any sighting gets this verdict (e.g. potential_violation).")
    Verdict failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var app = Contexts.open(spec)) {
            var report = app.assessments().run(app.user(), all);
            var results = app.store().read(repos -> repos.assessments().list());
            Map<String, Sighting> sightings = app.store().read(repos -> repos.sightings().list(SightingQuery.all())).stream()
                    .collect(Collectors.toMap(Sighting::id, Function.identity()));
            boolean found = false;
            for (SightingResult r : results) {
                var best = r.best();
                Verdict verdict = best.map(a -> a.verdict()).orElse(Verdict.INSUFFICIENT_INFORMATION);
                found |= verdict == failOn;
                String source = best.map(a -> a.transferId() + "/" + a.lineId() + (r.ambiguous() ? " (ambiguous)" : "")).orElse("no candidate");
                Sighting s = sightings.get(r.sightingId());
                out.printf("%-24s %-18s %-32s %s%n", r.sightingId(), s == null ? "" : s.equipment(), source, verdict.name().toLowerCase());
            }
            out.printf("%d of %d sightings re-evaluated (%s); details: enduse explain SIGHTING%n", report.evaluated(), report.sightings(),
                    report.full() ? "all" : "changed since the last run");
            out.flush();
            return found ? 1 : 0;
        }
    }
}
