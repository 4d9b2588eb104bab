package org.enduse.app.cli.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.enduse.app.cli.ExitCodes;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.CatalogMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Resolves names to catalog entries. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Tell what each name means: the catalog entry with its family, origin, category and score,",
                "every candidate when the name is ambiguous, or 'unresolved'. Without NAME (or with -), reads one name per line from stdin."},
        footer = {"", "Examples:", "  enduse catalog resolve SCAR Humvee Хамві \"Бельгійські гвинтівки\"",
                "  printf 'MaxxPro\\nCAESAR\\n' | enduse catalog resolve --format jsonl",
                "", "Exit code 1 when --fail-unresolved is given and a name does not resolve."})
public final class CatalogResolveCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Names to resolve; none or '-' reads stdin.")
    List<String> names = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-unresolved", description = "Exit with 1 if any name does not resolve.")
    boolean failUnresolved;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("jsonl")) throw new org.enduse.app.cli.UserException("--format must be text or jsonl, not '" + format + "'");
        if (names.isEmpty() || names.equals(List.of("-"))) {
            names = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
        }
        Catalog catalog = Catalog.get();
        var out = spec.commandLine().getOut();
        boolean unresolved = false;
        for (String name : names) {
            List<CatalogMatch> matches = catalog.resolve(name);
            unresolved |= matches.isEmpty();
            if (format.equals("jsonl")) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("input", name);
                o.put("status", matches.isEmpty() ? "unresolved" : ambiguous(matches) ? "ambiguous" : "resolved");
                o.put("candidates", matches.stream().map(m -> CatalogMatchView.json(m, catalog)).toList());
                out.println(JSON.writeValueAsString(o));
            } else if (matches.isEmpty()) {
                out.printf("%s: unresolved%n", name);
            } else {
                out.printf("%s:%s%n", name, ambiguous(matches) ? " ambiguous, " + matches.size() + " candidates" : "");
                for (CatalogMatch m : matches) out.println("  " + CatalogMatchView.line(m, catalog));
            }
        }
        return unresolved && failUnresolved ? ExitCodes.FINDING : ExitCodes.OK;
    }

    /** Ambiguous when a second candidate scores within 0.1 of the first. */
    static boolean ambiguous(List<CatalogMatch> matches) {
        return matches.size() > 1 && matches.get(1).score() >= matches.get(0).score() - 0.1;
    }
}
