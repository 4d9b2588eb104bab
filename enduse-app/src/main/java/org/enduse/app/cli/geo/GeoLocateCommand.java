package org.enduse.app.cli.geo;

import java.util.List;
import java.util.concurrent.Callable;
import org.enduse.app.cli.ExitCodes;
import org.enduse.core.geo.Gazetteer;
import org.enduse.core.geo.GeoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Looks names up in the gazetteer and prints the candidates. */
@Command(name = "locate", mixinStandardHelpOptions = true,
        description = "List the places a name can mean, in any of en, nl, fr, de, uk, ru, pl, best first.",
        footer = {"", "Examples:", "  enduse geo locate Belgorod", "  enduse geo locate \"Белгородской области\" Kijów",
                "", "Exit code 1 when --fail-unresolved is given and a name has no candidate."})
public final class GeoLocateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Place names to look up.")
    List<String> names;

    @Option(names = "--limit", defaultValue = "5", description = "Candidates shown per name (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--fail-unresolved", description = "Exit with 1 if a name has no candidate.")
    boolean failUnresolved;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Gazetteer gazetteer = GeoData.get().gazetteer();
        var out = spec.commandLine().getOut();
        boolean unresolved = false;
        for (String name : names) {
            List<Gazetteer.Candidate> found = gazetteer.locate(name);
            if (found.isEmpty()) {
                out.printf("%s: unresolved%n", name);
                unresolved = true;
                continue;
            }
            out.printf("%s:%n", name);
            for (Gazetteer.Candidate c : found.stream().limit(limit).toList()) {
                var e = c.entry();
                out.printf("  %-8s %-28s country %s%s  %.4f, %.4f%s  score %.2f (%s)%n",
                        e.kind().name().toLowerCase(), e.name(), e.country(),
                        e.regionCode() != null && e.kind() != org.enduse.core.geo.GazetteerEntry.Kind.REGION ? ", region " + e.regionCode() : "",
                        e.lat(), e.lon(), e.population() > 0 ? ", population " + e.population() : "", c.score(), c.match());
            }
        }
        return unresolved && failUnresolved ? ExitCodes.FINDING : ExitCodes.OK;
    }
}
