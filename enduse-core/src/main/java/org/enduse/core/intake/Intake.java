package org.enduse.core.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads what the user named: a file, a directory (every regular, non-hidden file under it, in
 * name order), an http(s) URL, or "-" for standard input. Each document is handed over as it is
 * read, and a document that cannot be read becomes a {@link IntakeResult.Failed} so the run goes on.
 */
public final class Intake implements AutoCloseable {
    private static final int MAX_DIRECTORY_DEPTH = 32;
    private final IntakeLimits limits;
    private final Supplier<InputStream> stdin;
    private Fetcher fetcher;

    public Intake(IntakeLimits limits, Supplier<InputStream> stdin) {
        this.limits = limits;
        this.stdin = stdin;
    }

    public void read(String given, Consumer<IntakeResult> sink) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            emit(given, () -> fetcher().fetch(given), sink);
        } else if (given.equals("-")) {
            emit(given, () -> new RawDocument("-", "-", readCapped(stdin.get(), "standard input"), null, Instant.now()), sink);
        } else if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            sink.accept(new IntakeResult.Failed(given, new IntakeException(IntakeFailure.UNSUPPORTED,
                    "only files, directories, http(s) URLs and '-' are read")));
        } else {
            readPath(given, Path.of(given), sink);
        }
    }

    private void readPath(String given, Path path, Consumer<IntakeResult> sink) {
        if (!Files.isDirectory(path)) {
            emit(given, () -> file(given, path), sink);
            return;
        }
        List<Path> files = new ArrayList<>();
        // A directory given through a symbolic link is walked where it points (Files.walk does not enter a link, so the
        // walk would find nothing and say nothing); its files keep the name as given. Links inside it are not followed,
        // so a link loop cannot trap the walk.
        try {
            Path root = path.toRealPath();
            try (Stream<Path> walk = Files.walk(root, MAX_DIRECTORY_DEPTH)) {
                walk.filter(p -> !p.equals(root) && Files.isRegularFile(p) && !isHidden(root, p))
                        .map(p -> path.resolve(root.relativize(p))).sorted().forEach(files::add);
            }
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new IntakeResult.Failed(given, new IntakeException(IntakeFailure.UNREADABLE, "cannot list the directory: " + e.getMessage(), e)));
            return;
        }
        for (Path file : files) emit(file.toString(), () -> file(file.toString(), file), sink);
    }

    private RawDocument file(String given, Path path) {
        try {
            if (!Files.exists(path)) throw new IntakeException(IntakeFailure.NOT_FOUND, "no such file or directory");
            if (!Files.isRegularFile(path)) throw new IntakeException(IntakeFailure.UNSUPPORTED, "not a regular file");
            long size = Files.size(path);
            if (size > limits.maxBytes()) throw tooLarge(size + " bytes");
            try (InputStream in = Files.newInputStream(path)) {
                return new RawDocument(given, path.toString(), readCapped(in, "the file"), null, Instant.now());
            }
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeFailure.NOT_FOUND, "no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new IntakeException(IntakeFailure.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new IntakeException(IntakeFailure.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads at most the cap plus one byte, so an oversized stream is refused without being held in memory. */
    private byte[] readCapped(InputStream in, String what) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) throw tooLarge("more than " + limits.maxBytes() + " bytes in " + what);
            return bytes;
        } catch (IOException e) {
            throw new IntakeException(IntakeFailure.UNREADABLE, "cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private IntakeException tooLarge(String what) {
        return new IntakeException(IntakeFailure.TOO_LARGE, "too large: " + what + " (the limit is " + limits.maxBytes() + " bytes)");
    }

    private static void emit(String given, Supplier<RawDocument> source, Consumer<IntakeResult> sink) {
        List<Document> documents;
        try {
            documents = DocumentReader.read(source.get());
        } catch (IntakeException e) {
            sink.accept(new IntakeResult.Failed(given, e));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on hostile input must cost one document, not the run.
            sink.accept(new IntakeResult.Failed(given, new IntakeException(IntakeFailure.UNREADABLE, "could not be read: " + e, e)));
            return;
        }
        documents.forEach(d -> sink.accept(new IntakeResult.Read(d)));
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private Fetcher fetcher() {
        if (fetcher == null) fetcher = new Fetcher(limits);
        return fetcher;
    }

    @Override
    public void close() {
        if (fetcher != null) fetcher.close();
    }
}
