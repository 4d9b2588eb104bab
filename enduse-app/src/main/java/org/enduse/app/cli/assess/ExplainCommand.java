package org.enduse.app.cli.assess;

import java.util.concurrent.Callable;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.UserException;
import org.enduse.core.assess.SightingAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Explains a sighting's attribution and verdicts factor by factor. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a sighting: every candidate transfer line with the points each factor gave, the rules' findings, and the evidence.",
        footer = {"", "Example:", "  enduse explain s-scar-belgorod"})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SIGHTING", description = "The sighting's id.")
    String sightingId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var app = Contexts.open(spec)) {
            var explained = SightingAssessment.of(app.assessmentEngine(), sightingId)
                    .orElseThrow(() -> new UserException("no sighting with id '" + sightingId + "' (see: enduse sightings list)"));
            var attribution = explained.attribution();
            if (!attribution.ruledOut().isEmpty()) out.println("ruled out: " + String.join("; ", attribution.ruledOut()));
            for (var a : explained.assessments()) {
                out.printf("%s against %s/%s: %s, score %.1f%n", sightingId, a.transferId(), a.lineId(), a.verdict().name().toLowerCase(), a.score());
                if (!a.causes().isEmpty()) out.println("  causes: " + String.join(", ", a.causes()));
                a.explanation().forEach(line -> out.println("  " + line));
                a.evidence().forEach(e -> out.printf("  evidence: %s%s%n", e.sourceId(), e.start() == null ? "" : " [" + e.start() + ".." + e.end() + "]"));
            }
            out.flush();
            return 0;
        }
    }
}
