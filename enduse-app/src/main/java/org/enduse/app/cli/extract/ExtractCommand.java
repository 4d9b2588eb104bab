package org.enduse.app.cli.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.ExtractionJson;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.NameSource;
import org.enduse.core.extract.StoryGrouper;
import org.enduse.core.extract.TsvNameSource;
import org.enduse.app.cli.UserException;
import org.enduse.core.intake.Intake;
import org.enduse.core.intake.IntakeLimits;
import org.enduse.core.intake.IntakeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enduse extract --format jsonl FILE|DIR|URL|-...}: one JSON object per document on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read reports (files, directories, http(s) URLs, '-' for standard input) and print what they mention",
                "and report: one JSON object per document (docs/formats.md, \"extract --format jsonl\").",
                "A document that cannot be read prints {\"source\", \"error\"} and the run goes on."},
        footer = {"", "Examples:", "  enduse extract --format jsonl report.txt page.html reports/", "  curl -s URL | enduse extract --format jsonl -"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories, http(s) URLs, or - for standard input.")
    List<String> sources;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format; only jsonl for now.")
    String format;

    @Option(names = "--names", paramLabel = "FILE", description = "Extra names (TSV: surface, language, id, kind, canonical, country, actor kind).")
    List<Path> names = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY[-MM[-DD]]) for relative dates when a document states none.")
    String published;

    @Option(names = "--stories", paramLabel = "FILE", description = "Also group the documents into stories and write them to FILE (JSON lines).")
    Path storiesFile;

    @Option(names = "--allow-private-addresses", description = "Allow URLs on private, loopback and link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--max-bytes", defaultValue = "" + IntakeLimits.DEFAULT_MAX_BYTES, description = "Largest document read, in bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds allowed for each HTTP hop (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) throw new UserException("--format " + format + " is not supported (use jsonl)");
        if (maxBytes <= 0 || timeoutSeconds <= 0) throw new UserException("--max-bytes and --timeout must be positive");
        PartialDate reference = PartialDate.parseNullable(published);
        List<NameSource> extra = names.stream().map(p -> (NameSource) TsvNameSource.read(p)).toList();
        Extractor extractor = Extractor.standard(NameSource.of(extra));
        IntakeLimits limits = IntakeLimits.defaults().withMaxBytes(maxBytes).withAllowPrivateAddresses(allowPrivate)
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds));
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> errors = new TreeMap<>();
        List<Extraction> extracted = new ArrayList<>();
        int[] documents = {0};
        try (Intake intake = new Intake(limits, () -> System.in)) {
            for (String source : sources) {
                intake.read(source, result -> {
                    documents[0]++;
                    out.println(render(extractor, result, reference, errors, storiesFile == null ? null : extracted));
                    out.flush();
                });
            }
        }
        if (storiesFile != null) writeStories(extracted);
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        spec.commandLine().getErr().println("extract: " + documents[0] + " documents, " + failed + " errors" + (errors.isEmpty() ? "" : " " + errors));
        return 0;
    }

    private void writeStories(List<Extraction> extracted) {
        List<String> lines = StoryGrouper.group(extracted).stream().map(ExtractionJson::story).toList();
        try {
            Files.write(storiesFile, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot write " + storiesFile + ": " + e.getMessage(), e);
        }
    }

    private static String render(Extractor extractor, IntakeResult result, PartialDate reference, Map<String, Integer> errors,
                                 List<Extraction> keep) {
        if (result instanceof IntakeResult.Failed failed) {
            errors.merge(failed.error().failure().label(), 1, Integer::sum);
            return ExtractionJson.error(failed.source(), failed.error().getMessage());
        }
        IntakeResult.Read read = (IntakeResult.Read) result;
        try {
            Extraction x = extractor.extract(read.document(), reference);
            if (keep != null) keep.add(x);
            return ExtractionJson.line(x);
        } catch (RuntimeException e) {
            // A fault of ours on one document must not cost the others.
            errors.merge("internal", 1, Integer::sum);
            return ExtractionJson.error(read.source(), "internal error while extracting: " + e);
        }
    }
}
