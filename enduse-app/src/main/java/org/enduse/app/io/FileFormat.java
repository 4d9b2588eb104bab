package org.enduse.app.io;

import java.nio.file.Path;
import java.util.Locale;
import org.enduse.app.cli.UserException;

/** The formats records are imported from and exported to. */
public enum FileFormat {
    CSV, JSON;

    /** The given format, else the one the file name's extension says. */
    public static FileFormat of(FileFormat given, Path file) {
        if (given != null) return given;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return CSV;
        if (name.endsWith(".json")) return JSON;
        throw new UserException("cannot tell the format of " + file + " from its name: give --format csv or --format json");
    }
}
