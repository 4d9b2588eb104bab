package org.enduse.app.cli.transfer;

import org.enduse.app.cli.ImportOptions;
import org.enduse.app.io.Importer;
import org.enduse.app.io.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import transfers from a CSV or JSON file (columns: docs/formats.md).",
                "Every row is checked first; any problem rejects the whole file and nothing is written."},
        footer = {"", "Examples:", "  enduse transfers import packages.csv", "  enduse transfers import export.json --upsert",
                "  enduse transfers import data.txt --format csv"})
public final class TransferImportCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    ImportOptions options;

    @Override
    public void run() {
        options.run(spec, RecordFiles::readTransfers, Importer::transfers, "transfers");
    }
}
