package org.enduse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo's sample transfers and sightings, imported through the CLI into a data directory. */
public final class SampleRecords {
    private SampleRecords() {}

    /** Copies a bundled sample file ("transfers" or "sightings") into {@code dir} as NAME.csv. */
    public static Path file(String name, Path dir) {
        Path file = dir.resolve(name + ".csv");
        try (InputStream in = SampleRecords.class.getResourceAsStream("/demo/" + name + ".csv")) {
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the sample transfers and sightings into the store in {@code data}, using {@code tmp} for the files. */
    public static void load(Path data, Path tmp) {
        for (String name : new String[] {"transfers", "sightings"}) ok(data, name, "import", file(name, tmp).toString());
    }

    /** Runs the CLI and checks that it succeeded. */
    public static Cli.Result ok(Path data, String... args) {
        var r = Cli.run(data, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }
}
