package org.enduse.app.cli.source;

import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.OutputFormat;
import org.enduse.app.cli.TextTable;
import org.enduse.core.common.csv.CsvWriter;
import org.enduse.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored sources.",
        footer = {"", "Examples:", "  enduse sources list", "  enduse sources list --format json"})
public final class SourceListCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        try (var app = Contexts.open(spec)) {
            var sources = app.store().read(repos -> repos.sources().list());
            switch (format) {
                case json -> out.println(RecordJson.pretty(sources));
                case csv -> {
                    var csv = new CsvWriter(out);
                    csv.row(java.util.List.of("source_id", "location", "title", "outlet", "language", "published", "retrieved", "sha256"));
                    for (var s : sources) {
                        csv.row(java.util.Arrays.asList(s.id(), s.location(), s.title(), s.outlet(), s.language(),
                                s.published() == null ? null : s.published().toString(), s.retrieved() == null ? null : s.retrieved().toString(), s.sha256()));
                    }
                }
                case table -> {
                    var table = new TextTable("ID", "LANG", "PUBLISHED", "OUTLET", "TITLE", "LOCATION");
                    for (var s : sources) table.row(s.id(), s.language(), s.published(), s.outlet(), s.title(), s.location());
                    table.print(out);
                }
            }
            out.flush();
        }
    }
}
