package org.enduse.app.cli.assess;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import org.enduse.core.assess.Verdict;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Assesses every stored sighting and prints each verdict. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Attribute every stored sighting to its candidate transfer lines and check the end-use terms.",
                "Prints one line per sighting: its most likely source and the verdict."},
        footer = {"", "Examples:", "  enduse assess", "  enduse assess --fail-on potential_violation   # exit 1 when any is found",
                "", "The engine works in memory; --all is accepted for scripts written against the incremental form."})
public final class AssessCommand implements Callable<Integer> {
    @Option(names = "--all", description = "Assess every sighting (what this command does today).")
    boolean all;

    @Option(names = "--fail-on", paramLabel = "VERDICT", description = "Exit with 1 when any sighting gets this verdict (e.g. potential_violation).")
    Verdict failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var app = Contexts.open(spec)) {
            var engine = app.assessmentEngine();
            var sightings = app.store().read(repos -> repos.sightings().list(SightingQuery.all()));
            boolean found = false;
            for (Sighting s : sightings) {
                var attribution = engine.attribution(s.id());
                var verdict = engine.verdict(s.id());
                found |= verdict.isPresent() && verdict.get() == failOn;
                String source = attribution.hasCandidate()
                        ? attribution.candidates().get(0).transferId() + "/" + attribution.candidates().get(0).lineId()
                                + (attribution.isAmbiguous() ? " (ambiguous)" : "")
                        : "no candidate";
                out.printf("%-24s %-18s %-32s %s%n", s.id(), s.equipment(), source,
                        verdict.map(v -> v.name().toLowerCase()).orElse("insufficient_information"));
            }
            out.printf("%d sightings assessed; details: enduse explain SIGHTING%n", sightings.size());
            out.flush();
            return found ? 1 : 0;
        }
    }
}
