package org.enduse.app.cli.review;

import java.util.List;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.OutputFormat;
import org.enduse.app.cli.TextTable;
import org.enduse.core.common.Enums;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateField;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.CandidateQuery;
import org.enduse.core.review.CandidateStatus;
import org.enduse.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List review candidates, oldest first.",
        footer = {"", "Examples:", "  enduse review list", "  enduse review list --status pending --kind transfer --language nl",
                "  enduse review list --status rejected --format json"})
public final class ReviewListCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Option(names = "--status", description = "pending, accepted or rejected (default: all).")
    String status;
    @Option(names = "--kind", description = "sighting or transfer (default: both).")
    String kind;
    @Option(names = "--language", paramLabel = "xx", description = "Only candidates from reports in this language (ISO 639-1).")
    String language;
    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public void run() {
        var query = new CandidateQuery(Enums.parse(CandidateStatus.class, status, "--status"), Enums.parse(CandidateKind.class, kind, "--kind"),
                language == null || language.isBlank() ? null : language);
        var out = spec.commandLine().getOut();
        List<Candidate> candidates;
        try (var app = Contexts.open(spec)) {
            candidates = app.reviewQueue().list(query);
        }
        if (format == OutputFormat.table) {
            var table = new TextTable("ID", "KIND", "STATUS", "LANG", "CONF", "EQUIPMENT", "DETAIL", "SOURCE");
            for (Candidate c : candidates) {
                table.row(c.id(), c.kind().label(), c.status().label(), c.language(), String.format("%.2f", c.confidence()),
                        equipment(c), c.summary(), c.sourceId());
            }
            table.print(out);
        } else {
            out.println(RecordJson.pretty(candidates.stream().map(CandidateView::json).toList()));
        }
        out.flush();
    }

    private static String equipment(Candidate c) {
        String description = c.field(CandidateField.DESCRIPTION);
        return description != null ? description : c.field(CandidateField.EQUIPMENT);
    }
}
