package org.enduse.app.cli.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.enduse.app.cli.EnduseCommand;
import org.enduse.app.demo.DemoRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the demonstration on a fresh data folder. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run enduse end to end on bundled sample data (the Belgorod case of May 2023).",
                "Loads Belgium's January 2023 package, US and Polish MaxxPros and sample reports in six languages."},
        footer = {"", "The demo uses a fresh folder: --data DIR, else ~/.local/share/enduse-demo. It empties that folder first,",
                "but only if the demo made it.", "", "Examples:", "  enduse demo", "  enduse demo --data /tmp/enduse-demo"})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path given = ((EnduseCommand) spec.root().userObject()).dataDirOption();
        new DemoRun(given != null ? given : DemoRun.defaultDir(), spec.commandLine().getOut(), Clock.systemUTC()).run();
        spec.commandLine().getOut().flush();
        return 0;
    }
}
