package org.enduse.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real CLI in-process against a data directory and captures what it prints. */
public final class Cli {
    public record Result(int code, String out, String err) {}

    private Cli() {}

    public static Result run(Path dataDir, String... args) {
        var all = new ArrayList<>(List.of("--data", dataDir.toString()));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
