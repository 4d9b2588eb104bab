package org.enduse.app.cli.audit;

import java.time.ZoneOffset;
import java.util.List;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.OptionValue;
import org.enduse.app.cli.OutputFormat;
import org.enduse.app.cli.TextTable;
import org.enduse.core.audit.AuditQuery;
import org.enduse.core.common.PartialDate;
import org.enduse.core.common.csv.CsvWriter;
import org.enduse.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries, oldest first.",
        footer = {"", "Examples:", "  enduse audit list", "  enduse audit list --type sighting --limit 10",
                "  enduse audit list --id tr_01HZX4K3 --format json", "  enduse audit list --user alice --since 2026-11-01"})
public final class AuditListCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Option(names = "--type", paramLabel = "TYPE", description = "Only entries about this kind of record: transfer, sighting, source.")
    String type;
    @Option(names = "--id", paramLabel = "ID", description = "Only entries about this record.")
    String id;
    @Option(names = "--user", paramLabel = "USER", description = "Only changes made by this user.")
    String user;
    @Option(names = "--since", paramLabel = "DATE", description = "Only changes made on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD, UTC).")
    String since;
    @Option(names = "--limit", defaultValue = "0", description = "Only the newest N entries (default: all).")
    int limit;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        var from = OptionValue.of("--since", () -> PartialDate.parseNullable(since));
        var query = new AuditQuery(type, id, user, from == null ? null : from.earliest().atStartOfDay(ZoneOffset.UTC).toInstant(),
                Math.max(limit, 0));
        try (var app = Contexts.open(spec)) {
            var entries = app.store().read(repos -> repos.audit().list(query));
            switch (format) {
                case json -> out.println(RecordJson.pretty(entries));
                case csv -> {
                    var csv = new CsvWriter(out);
                    csv.row(List.of("seq", "at", "user", "action", "entity_type", "entity_id", "detail"));
                    for (var e : entries) {
                        csv.row(List.of(String.valueOf(e.seq()), e.at().toString(), e.user(), e.action(), e.entityType(), e.entityId(),
                                e.detail() == null ? "" : e.detail()));
                    }
                }
                case table -> {
                    var table = new TextTable("SEQ", "AT", "USER", "ACTION", "TYPE", "ID");
                    for (var e : entries) table.row(e.seq(), e.at(), e.user(), e.action(), e.entityType(), e.entityId());
                    table.print(out);
                }
            }
            out.flush();
        }
    }
}
