package org.enduse.app.cli.geo;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.enduse.app.cli.ExitCodes;
import org.enduse.app.cli.UserException;
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
        footer = {"", "Each candidate: kind, name, country, ISO 3166-2 region, latitude, longitude,",
                "population and score: 1.0 for the name itself, 0.8 for an inflected form,",
                "0.7 for a transliteration or spelling variant.",
                "", "Examples:", "  enduse geo locate Belgorod", "  enduse geo locate \"Белгородской области\" Kijów Грайворон",
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
        if (limit < 1) throw new UserException("--limit must be 1 or more, not " + limit);
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
                out.printf(Locale.ROOT, "  %-7s %-30s %s%s  %.4f, %.4f%s  score %.2f (%s)%n",
                        e.kind().name().toLowerCase(Locale.ROOT), e.name(), e.country(),
                        e.regionCode() != null ? ", " + e.regionCode() : "",
                        e.lat(), e.lon(), e.population() > 0 ? ", population " + e.population() : "", c.score(), c.match());
            }
        }
        return unresolved && failUnresolved ? ExitCodes.FINDING : ExitCodes.OK;
    }
}
