package org.enduse.app.cli.source;

import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.UserException;
import org.enduse.store.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one source as JSON.",
        footer = {"", "Examples:", "  enduse sources show src_01HZX4K3"})
public final class SourceShowCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The source id.")
    String id;

    @Override
    public void run() {
        try (var app = Contexts.open(spec)) {
            var source = app.store().read(repos -> repos.sources().find(id))
                    .orElseThrow(() -> new UserException("no source with id " + id + " (see: enduse sources list)"));
            spec.commandLine().getOut().println(RecordJson.pretty(source));
            spec.commandLine().getOut().flush();
        }
    }
}
