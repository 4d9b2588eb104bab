package org.enduse.app.cli.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.enduse.app.cli.UserException;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.OryxEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures the catalog against Oryx's real loss records. */
@Command(name = "eval-oryx", mixinStandardHelpOptions = true,
        description = {"Measure the catalog on Oryx's equipment-loss records (CC BY 4.0, scraped by scarnecchia/oryx_data):",
                "the share of non-Soviet-origin rows, and of distinct names, that resolve to a type of the right origin."},
        footer = {"", "Examples:", "  enduse catalog eval-oryx ../shared/data/oryx", "  enduse catalog eval-oryx --show-misses 40 ../shared/data/oryx"})
public final class CatalogEvalOryxCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The folder with Oryx's event_*.csv files (default ../shared/data/oryx).")
    Path dir = Path.of("../shared/data/oryx");

    @Option(names = "--show-misses", defaultValue = "20", description = "List this many of the most frequent names that miss (default ${DEFAULT-VALUE}).")
    int showMisses;

    @Option(names = "--show-top", defaultValue = "0", description = "List this many of the most frequent names with what they resolved to.")
    int showTop;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) throw new UserException(dir + ": not a folder with Oryx's event_*.csv files");
        var r = OryxEvaluation.run(Catalog.get(), dir);
        var out = spec.commandLine().getOut();
        out.printf("non-Soviet-origin rows: %d, resolved to a type of the right origin: %d (%.1f%%)%n", r.rows(), r.rightRows(), 100 * r.rowShare());
        out.printf("distinct names: %d, resolved right: %d (%.1f%%)%n", r.names(), r.rightNames(), 100 * r.nameShare());
        if (showTop > 0) {
            out.println("most frequent names:");
            r.byName().stream().limit(showTop).forEach(n -> out.printf("  %4d  %-45s %-16s -> %s (%s)%n", n.rows(), n.system(), n.origin(), n.resolvedId(), n.resolvedOrigin()));
        }
        out.println("most frequent misses:");
        r.byName().stream().filter(n -> !n.right()).limit(showMisses)
                .forEach(n -> out.printf("  %4d  %-45s %-16s -> %s%n", n.rows(), n.system(), n.origin(),
                        n.resolvedId() == null ? "unresolved" : n.resolvedId() + " (" + n.resolvedOrigin() + ")"));
        return 0;
    }
}
