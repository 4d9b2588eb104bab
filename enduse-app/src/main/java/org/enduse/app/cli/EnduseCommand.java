package org.enduse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.enduse.app.cli.assess.AlertsCommand;
import org.enduse.app.cli.assess.AssessCommand;
import org.enduse.app.cli.assess.ExplainCommand;
import org.enduse.app.cli.assess.VerdictCommand;
import org.enduse.app.cli.audit.AuditCommand;
import org.enduse.app.cli.bench.BenchCommand;
import org.enduse.app.cli.catalog.CatalogCommand;
import org.enduse.app.cli.demo.DemoCommand;
import org.enduse.app.cli.eval.EvalCommand;
import org.enduse.app.cli.extract.ExtractCommand;
import org.enduse.app.cli.geo.GeoCommand;
import org.enduse.app.cli.inquiry.InquiryCommand;
import org.enduse.app.cli.ingest.IngestCommand;
import org.enduse.app.cli.review.ReviewCommand;
import org.enduse.app.cli.search.SearchCommand;
import org.enduse.app.cli.sighting.SightingsCommand;
import org.enduse.app.cli.source.SourcesCommand;
import org.enduse.app.cli.transfer.TransfersCommand;
import org.enduse.app.cli.user.UsersCommand;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists every command, maps errors to exit codes. */
@Command(name = "enduse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Monitor the end use of donated military equipment and trace its diversion.", ""},
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, TransfersCommand.class, SightingsCommand.class, SourcesCommand.class,
                AuditCommand.class, AssessCommand.class, AlertsCommand.class, ExplainCommand.class, VerdictCommand.class, ExtractCommand.class, IngestCommand.class, ReviewCommand.class, EvalCommand.class,
                CatalogCommand.class, GeoCommand.class, UsersCommand.class, ServeCommand.class, BenchCommand.class, InquiryCommand.class, SearchCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 a finding you asked to fail on, 2 bad usage or input, 3 internal error.",
                "Start with: enduse demo"})
public final class EnduseCommand {

    @CommandLine.Option(names = "--data", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data directory (default: $ENDUSE_DATA, else ~/.local/share/enduse).")
    Path dataDir;

    /** The --data option as given on this or any subcommand, or null. */
    public Path dataDirOption() {
        return dataDir;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new EnduseCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(EnduseCommand::exitCodeOf);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("enduse: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException invalid) {
                for (InputProblem p : invalid.problems()) err.println("enduse: " + p);
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof NotFoundException missing) {
                err.println("enduse: " + missing.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof UserException user) {
                err.println("enduse: " + user.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println("enduse: internal error: " + ex);
            ex.printStackTrace(err);
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    private static int exitCodeOf(Throwable t) {
        return t instanceof InvalidInputException || t instanceof UserException || t instanceof NotFoundException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
    }
}
