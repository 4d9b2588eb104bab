package org.enduse.app.cli.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.enduse.app.cli.UserException;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.TsvNameSource;
import org.enduse.core.extract.eval.Devset;
import org.enduse.core.extract.eval.Evaluator;
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
                "  enduse eval --texts ../shared/seeds enduse-core/src/test/resources/heldout"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", defaultValue = "enduse-core/src/test/resources/devset",
            description = "The development set directory (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--names", paramLabel = "FILE", description = "Names to use instead of DIR/names.tsv.")
    Path names;

    @Option(names = "--texts", paramLabel = "DIR", description = "Where labelled documents that name a \"file\" find their text (default: DIR).")
    Path texts;

    @Option(names = "--details", description = "Also list every extra and missed mention and event.")
    boolean details;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) throw new UserException(dir + ": no such directory (give the development set directory)");
        Path namesFile = names != null ? names : dir.resolve("names.tsv");
        Extractor extractor = Files.exists(namesFile) ? Extractor.withBuiltInNames(TsvNameSource.read(namesFile))
                : Extractor.standard(sink -> { });
        var documents = Devset.read(dir, texts != null ? texts : dir);
        var scores = Evaluator.score(extractor, documents);
        var out = spec.commandLine().getOut();
        out.println(documents.size() + " documents");
        out.print(scores.table());
        if (details) scores.misses().forEach(out::println);
        out.flush();
        return 0;
    }
}
