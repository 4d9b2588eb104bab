package org.enduse.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.enduse.app.cli.UserException;

/**
 * The demo's data directory and the sample files bundled in the jar. The directory is wiped only
 * when a marker file says the demo made it, so a demo never destroys a user's real store.
 */
final class DemoFiles {
    static final String MARKER = ".enduse-demo";

    private DemoFiles() {}

    /** The default: a folder "enduse-demo" beside the default data directory. */
    static Path defaultDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("enduse-demo");
    }

    /** Empties (or creates) the directory for a fresh demo, refusing a folder the demo did not make. */
    static void prepare(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                boolean empty;
                try (Stream<Path> s = Files.list(dir)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.exists(dir.resolve(MARKER))) {
                    throw new UserException(dir + " holds data the demo did not create; give the demo an empty or new folder with --data");
                }
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(dir)) Files.delete(p);
                }
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "This folder was made by 'enduse demo' and is emptied by its next run.\n");
        } catch (IOException e) {
            throw new UserException("cannot prepare the demo folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static byte[] bundled(String name) {
        try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) throw new IllegalStateException("demo/" + name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a bundled file into the folder, so the user can open it and run commands on it. */
    static Path copy(String name, Path dir) {
        try {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, bundled(name));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
