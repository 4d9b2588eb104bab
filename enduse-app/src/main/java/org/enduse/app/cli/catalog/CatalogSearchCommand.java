package org.enduse.app.cli.catalog;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.CatalogNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Finds entries whose names contain a text. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "List entries any of whose names contains TEXT (case, accents and script ignored).",
        footer = {"", "Examples:", "  enduse catalog search maxxpro", "  enduse catalog search легіон"})
public final class CatalogSearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT")
    String text;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many entries (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.get();
        String wanted = CatalogNames.key(text);
        Set<String> ids = new LinkedHashSet<>();
        catalog.aliases(a -> {
            if (!wanted.isEmpty() && CatalogNames.key(a.text()).contains(wanted)) ids.add(a.entryId());
        });
        var out = spec.commandLine().getOut();
        ids.stream().limit(limit).forEach(id -> out.println(catalog.type(id).map(t -> t.id() + "\t" + t.name() + "\t" + t.origin())
                .orElseGet(() -> catalog.actorEntry(id).map(e -> e.actor().id() + "\t" + e.actor().name() + "\t" + e.actor().kind().name().toLowerCase()).orElse(id))));
        if (ids.isEmpty()) out.println("nothing found for '" + text + "'");
        return 0;
    }
}
