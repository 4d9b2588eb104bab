package org.enduse.app.cli.search;

import java.util.concurrent.Callable;
import org.enduse.app.AppServices;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Full-text search over every stored source, sighting and transfer. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find sources, sightings and transfers whose text holds every word of the query, in any language:",
                "inflected forms match (Dutch 'pantserwagens' finds 'pantserwagen', Russian 'танков' finds 'танки').",
                "The index lives in the data directory's search folder and takes in new records before each search."},
        footer = {"", "Examples:", "  enduse search pantserwagens", "  enduse search \"SCAR Belgorod\" --limit 5", "  enduse search --reindex"})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The words to find.")
    java.util.List<String> words;

    @Option(names = "--reindex", description = "Rebuild the index from every stored record first.")
    boolean reindex;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if ((words == null || words.isEmpty()) && !reindex) throw new UserException("give the words to find, or --reindex (see: enduse search --help)");
        if (limit < 1) throw new UserException("--limit must be at least 1, not " + limit);
        try (var app = Contexts.open(spec)) {
            var search = AppServices.of(app).search();
            if (reindex) out.printf("indexed %d records%n", search.reindex());
            if (words != null && !words.isEmpty()) {
                var hits = search.search(String.join(" ", words), limit);
                for (var h : hits) out.printf("%-9s %-28s %s%n          %s%n", h.kind(), h.id(), h.title(), h.snippet());
                out.printf("%d results%n", hits.size());
            }
            out.flush();
            return 0;
        }
    }
}
