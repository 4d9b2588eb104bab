package org.enduse.app.io;

import java.nio.file.Path;
import org.enduse.app.AppContext;

/**
 * Test-only program: imports a file and, with every row written but before the commit, says so and
 * sleeps, so a test can kill the JVM at exactly that point.
 */
public final class ImportThenHang {
    public static final String MARKER = "TRANSACTION OPEN, ROWS WRITTEN";

    private ImportThenHang() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]), file = Path.of(args[1]);
        var transfers = RecordFiles.readTransfers(file, FileFormat.CSV);
        try (var app = AppContext.open(data)) {
            app.store().write("killed-import", repos -> {
                Importer.transfers(repos, file.toString(), transfers, false);
                System.out.println(MARKER);
                System.out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
    }
}
