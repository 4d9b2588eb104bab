package org.enduse.app.cli.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.enduse.app.cli.UserException;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.NameSource;
import org.enduse.core.extract.TsvNameSource;
import org.enduse.core.intake.Intake;
import org.enduse.core.intake.IntakeLimits;
import org.enduse.core.intake.IntakeResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the commands that read reports (extract, ingest) take: the sources, extra names, the
 * reference date and the intake limits; and how they read them. One mixin, so both commands read
 * alike.
 */
public final class ReadingOptions {
    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories, http(s) URLs, or - for standard input.")
    List<String> sources;

    @Option(names = "--names", paramLabel = "FILE", description = "Extra names (TSV: surface, language, id, kind, canonical, country, actor kind).")
    List<Path> names = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY[-MM[-DD]]) for relative dates when a document states none.")
    String published;

    @Option(names = "--allow-private-addresses", description = "Allow URLs on private, loopback and link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--max-bytes", defaultValue = "" + IntakeLimits.DEFAULT_MAX_BYTES, description = "Largest document read, in bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds allowed for each HTTP hop (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** The bundled names plus the --names files. */
    public Extractor extractor() {
        List<NameSource> extra = names.stream().map(p -> (NameSource) TsvNameSource.read(p)).toList();
        return Extractor.standard(NameSource.of(extra));
    }

    /** The --published date, or null. */
    public PartialDate reference() {
        return PartialDate.parseNullable(published);
    }

    /** The limits the options set; called first, so a bad value is reported before any work. */
    public IntakeLimits limits() {
        if (maxBytes <= 0 || timeoutSeconds <= 0) throw new UserException("--max-bytes and --timeout must be positive");
        return IntakeLimits.defaults().withMaxBytes(maxBytes).withAllowPrivateAddresses(allowPrivate)
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds));
    }

    /** Reads every source in order, handing each document (or failure) to the sink as it is read. */
    public void read(IntakeLimits limits, Consumer<IntakeResult> sink) {
        try (Intake intake = new Intake(limits, () -> System.in)) {
            for (String source : sources) intake.read(source, sink);
        }
    }
}
