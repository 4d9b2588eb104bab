package org.enduse.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.enduse.app.io.FileFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;

/** --format and --output of the export commands, and the writing they choose. */
public final class ExportOptions {
    @Option(names = "--format", paramLabel = "FORMAT", description = "CSV or JSON (default: from --output's extension, else CSV).")
    FileFormat format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    /** The format, checked before anything is read, so a bad --output fails first. */
    public FileFormat chosenFormat() {
        return Output.format(format, output);
    }

    public <T> void write(CommandSpec spec, List<T> records, RecordFileWriter<T> writer) {
        FileFormat chosen = chosenFormat();
        Output.write(spec, output, w -> writer.write(records, chosen, w));
    }
}
