package org.enduse.app.cli.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.enduse.app.cli.UserException;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.TsvNameSource;
import org.enduse.core.extract.eval.Devset;
import org.enduse.core.extract.eval.Evaluator;
import org.enduse.core.extract.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enduse eval DIR}: precision, recall and F1 of extraction per field and language on a labelled set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against a labelled development set (docs/devset.md): precision, recall and F1",
                "per field and per language. DIR holds *.jsonl labelled documents and may hold names.tsv, a stand-in",
                "dictionary; a set without one is scored with the bundled catalog and gazetteer, as extract runs."},
        footer = {"", "Examples:", "  enduse eval enduse-core/src/test/resources/devset", "  enduse eval --details enduse-core/src/test/resources/devset",
                "  enduse eval --texts ../shared/seeds enduse-core/src/test/resources/heldout/seeds.jsonl",
                "  enduse eval --against second-labelling/ --texts texts/ first-labelling/    # agreement of two labellers",
                "  enduse eval --bundled    # names.tsv plus the bundled catalog and gazetteer, as 'enduse extract' reads"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", defaultValue = "enduse-core/src/test/resources/devset",
            description = "The development set directory, or one *.jsonl label file (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--names", paramLabel = "FILE", description = "Names to use instead of DIR/names.tsv.")
    Path names;

    @Option(names = "--texts", paramLabel = "DIR", description = "Where labelled documents that name a \"file\" find their text (default: DIR).")
    Path texts;

    @Option(names = "--bundled", description = {"With names.tsv, also use the bundled catalog and gazetteer, as 'enduse extract' does, so a",
            "change to them shows in the scores (the labels' ids come from names.tsv, so some entries differ by id)."})
    boolean bundled;

    @Option(names = "--against", paramLabel = "DIR2", description = {"Score a second person's labels of the same documents (DIR2, paired by id) against DIR's",
            "instead of running extraction: how far two labellers agree on each field."})
    Path against;

    @Option(names = "--details", description = "Also list every extra and missed mention and event.")
    boolean details;

    @Override
    public Integer call() {
        if (!Files.exists(dir)) throw new UserException(dir + ": no such directory or file (give the development set directory or a *.jsonl label file)");
        if (against != null) return agreement();
        Path namesFile = names != null ? names : home().resolve("names.tsv");
        Extractor extractor = !Files.exists(namesFile) ? Extractor.standard(sink -> { })
                : bundled ? Extractor.standard(TsvNameSource.read(namesFile)) : Extractor.withBuiltInNames(TsvNameSource.read(namesFile));
        var documents = Devset.read(dir, texts != null ? texts : home());
        return print(documents.size() + " documents", Evaluator.score(extractor, documents));
    }

    /** The directory DIR names: itself, or the one holding the label file it names. */
    private Path home() {
        return Files.isDirectory(dir) ? dir : dir.toAbsolutePath().getParent();
    }

    private int agreement() {
        if (!Files.isDirectory(against)) throw new UserException(against + ": no such directory (give the second labelling's directory)");
        var first = Devset.read(dir, texts != null ? texts : home());
        var second = Devset.read(against, texts != null ? texts : against);
        return print(second.size() + " of " + first.size() + " documents labelled twice (" + against + " scored against " + dir + ")",
                Evaluator.agreement(first, second));
    }

    private int print(String heading, Scores scores) {
        var out = spec.commandLine().getOut();
        out.println(heading);
        out.print(scores.table());
        if (details) scores.misses().forEach(out::println);
        out.flush();
        return 0;
    }
}
