package org.enduse.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.enduse.app.io.FileFormat;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where export commands write: a file when --output is given, else the command's standard output.
 * A file is written beside its target and moved into place when complete, so a failed export never
 * leaves a truncated file where a good one was.
 */
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
        Path target = output.toAbsolutePath();
        Path partial = null;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                body.accept(w);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // Best effort: the move normally took it; a leftover .partial file is harmless.
                }
            }
        }
    }
}
