package org.enduse.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.enduse.app.io.FileFormat;
import org.enduse.core.storage.Repositories;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The steps the record commands (transfers, sightings) share; each kind brings its own parts: how
 * to find and save it, its file writer, its table and its text form.
 */
public final class RecordCommands {
    private RecordCommands() {}

    /** Reads from the store the command's --data names. */
    public static <T> T read(CommandSpec spec, Function<Repositories, T> work) {
        try (var app = Contexts.open(spec)) {
            return app.store().read(work);
        }
    }

    /** The record, or an error that names the kind and the id and where to look. */
    public static <T> T require(Optional<T> found, String kind, String id) {
        return found.orElseThrow(() -> new UserException("no " + kind + " with id " + id + " (see: enduse " + kind + "s list)"));
    }

    /** Prints a list as a table, JSON or CSV. */
    public static <T> void list(CommandSpec spec, OutputFormat format, List<T> records, RecordFileWriter<T> files, Supplier<TextTable> table) {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> files.write(records, FileFormat.JSON, out);
            case csv -> files.write(records, FileFormat.CSV, out);
            case table -> table.get().print(out);
        }
        out.flush();
    }

    /** Prints one record as JSON, or in its text form. */
    public static <T> void show(CommandSpec spec, boolean json, T record, RecordFileWriter<T> files, BiConsumer<T, PrintWriter> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) files.write(List.of(record), FileFormat.JSON, out);
        else text.accept(record, out);
        out.flush();
    }

    /** Stores a new record under the given id, refusing one that exists, and prints the id. */
    public static void addNew(CommandSpec spec, String kind, String id, Predicate<Repositories> exists, java.util.function.Consumer<Repositories> save) {
        try (var app = Contexts.open(spec)) {
            app.store().write(app.user(), repos -> {
                if (exists.test(repos)) throw new UserException("a " + kind + " with id " + id + " already exists");
                save.accept(repos);
                return null;
            });
        }
        spec.commandLine().getOut().println(id);
        spec.commandLine().getOut().flush();
    }
}
