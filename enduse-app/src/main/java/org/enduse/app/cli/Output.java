package org.enduse.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.enduse.app.io.FileFormat;
import picocli.CommandLine.Model.CommandSpec;

/** Where export commands write: a file when --output is given, else the command's standard output. */
public final class Output {
    private Output() {}

    public static FileFormat format(FileFormat given, Path output) {
        if (given != null || output == null) return given != null ? given : FileFormat.CSV;
        return FileFormat.of(null, output);
    }

    public static void write(CommandSpec spec, Path output, Consumer<Writer> body) {
        if (output == null) {
            body.accept(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            body.accept(w);
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
