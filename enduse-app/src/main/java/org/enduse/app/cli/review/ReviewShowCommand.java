package org.enduse.app.cli.review;

import org.enduse.app.cli.Contexts;
import org.enduse.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one candidate: its fields, its source, and the source text around the evidence, with the evidence "
                + "marked " + CandidateView.OPEN + "like this" + CandidateView.CLOSE + ".",
        footer = {"", "Examples:", "  enduse review show ca_01HZX...", "  enduse review show ca_01HZX... --json"})
public final class ReviewShowCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The candidate id (see: enduse review list).")
    String id;
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public void run() {
        try (var app = Contexts.open(spec)) {
            var detail = app.reviewQueue().detail(id);
            spec.commandLine().getOut().println(json ? RecordJson.pretty(CandidateView.json(detail)) : CandidateView.text(detail));
            spec.commandLine().getOut().flush();
        }
    }
}
