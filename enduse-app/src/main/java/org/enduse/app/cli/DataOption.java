package org.enduse.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --data DIR: where the database lives. Defaults to $ENDUSE_DATA, else ~/.enduse. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $ENDUSE_DATA, else ~/.enduse).")
    Path data;

    public Path dir() {
        if (data != null) return data;
        String env = System.getenv("ENDUSE_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".enduse");
    }
}
