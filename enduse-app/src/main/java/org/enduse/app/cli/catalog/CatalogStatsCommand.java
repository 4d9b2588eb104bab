package org.enduse.app.cli.catalog;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.enduse.core.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Counts what the catalog holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the catalog's entries by category, origin, alias language and actor kind.",
        footer = {"", "Example:", "  enduse catalog stats"})
public final class CatalogStatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Catalog catalog = Catalog.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        var out = spec.commandLine().getOut();
        Map<String, Integer> byCategory = new TreeMap<>(), byOrigin = new TreeMap<>(), byLanguage = new TreeMap<>(), byKind = new TreeMap<>();
        catalog.types().forEach(t -> {
            byCategory.merge(t.category().name().toLowerCase() + " (" + t.category().register() + ")", 1, Integer::sum);
            byOrigin.merge(String.valueOf(t.origin()), 1, Integer::sum);
        });
        catalog.aliases(a -> byLanguage.merge(a.language(), 1, Integer::sum));
        catalog.actors().forEach(a -> byKind.merge(a.actor().kind().name().toLowerCase(), 1, Integer::sum));
        out.printf("equipment types: %d (families: %d)%n", catalog.types().size(), catalog.types().stream().filter(t -> t.isFamilyRoot()).count());
        byCategory.forEach((k, v) -> out.printf("  %-40s %d%n", k, v));
        out.println("by origin:");
        byOrigin.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf("  %-4s %d%n", e.getKey(), e.getValue()));
        out.printf("actors: %d%n", catalog.actors().size());
        byKind.forEach((k, v) -> out.printf("  %-20s %d%n", k, v));
        out.println("states with demonyms, by language:");
        Map<String, Integer> demonymStates = new TreeMap<>();
        catalog.actors().forEach(a -> a.demonyms().keySet().forEach(lang -> demonymStates.merge(lang, 1, Integer::sum)));
        demonymStates.forEach((k, v) -> out.printf("  %-4s %d%n", k, v));
        out.printf("states with a capital: %d%n", catalog.actors().stream().filter(a -> !a.capital().isEmpty()).count());
        out.println("names by language (xx = language-neutral designations):");
        byLanguage.forEach((k, v) -> out.printf("  %-4s %d%n", k, v));
        out.printf("loaded in %d ms%n", ms);
        return 0;
    }
}
