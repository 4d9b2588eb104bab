package org.enduse.app.cli.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.ExtractionJson;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.StoryGrouper;
import org.enduse.app.cli.UserException;
import org.enduse.core.intake.IntakeLimits;
import org.enduse.core.intake.IntakeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Mixin
    ReadingOptions reading;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format; only jsonl for now.")
    String format;

    @Option(names = "--stories", paramLabel = "FILE", description = "Also group the documents into stories and write them to FILE (JSON lines).")
    Path storiesFile;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) throw new UserException("--format " + format + " is not supported (use jsonl)");
        IntakeLimits limits = reading.limits();
        PartialDate reference = reading.reference();
        Extractor extractor = reading.extractor();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> errors = new TreeMap<>();
        List<Extraction> extracted = new ArrayList<>();
        int[] documents = {0};
        reading.read(limits, result -> {
            documents[0]++;
            out.println(render(extractor, result, reference, errors, storiesFile == null ? null : extracted));
            out.flush();
        });
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
