package org.enduse.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The data files bundled with extraction (lexicon.tsv, place spellings, home dollars) are UTF-8
 * text with one tab-separated row per line, blank lines and '#' comments between: one reader for
 * all, each caller checking its own columns and naming the line in its errors.
 */
final class TsvResource {
    /** A row's 1-based line number in its file and the line as written. */
    @FunctionalInterface
    interface RowReader {
        void row(int lineNumber, String line);
    }

    private TsvResource() {}

    /**
     * Hands every row of the classpath resource to the reader, in file order. {@code whenMissing} is
     * added to the error when the resource is not on the classpath (how to make it, if anything).
     */
    static void forEachRow(String resource, String whenMissing, RowReader reader) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath" + whenMissing);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                reader.row(number, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
