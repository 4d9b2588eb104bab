package org.enduse.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.enduse.app.io.FileFormat;
import org.enduse.core.storage.Repositories;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The file, --format and --upsert of the import commands, and the import itself. */
public final class ImportOptions {
    /** Stores already-read records inside one write and says how many were stored. */
    @FunctionalInterface
    public interface Importer<T> {
        int into(Repositories repos, String input, List<T> records, boolean upsert);
    }

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;
    @Option(names = "--format", paramLabel = "FORMAT", description = "CSV or JSON (default: from the file's extension).")
    FileFormat format;
    @Option(names = "--upsert", description = "Replace records whose id is already stored, instead of refusing the file.")
    boolean upsert;

    /** Reads the whole file, then stores it in one write: all of it or, on any problem, nothing. */
    public <T> void run(CommandSpec spec, BiFunction<Path, FileFormat, List<T>> reader, Importer<T> importer, String plural) {
        List<T> records = reader.apply(file, FileFormat.of(format, file));
        try (var app = Contexts.open(spec)) {
            int n = app.store().write(app.user(), repos -> importer.into(repos, file.toString(), records, upsert));
            spec.commandLine().getOut().println("imported " + n + " " + plural + " from " + file);
            spec.commandLine().getOut().flush();
        }
    }
}
