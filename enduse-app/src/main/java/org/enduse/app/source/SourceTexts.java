package org.enduse.app.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentReader;
import org.enduse.core.intake.IntakeException;
import org.enduse.core.intake.IntakeLimits;
import org.enduse.core.intake.RawDocument;
import org.enduse.core.source.Source;

/**
 * The readable text of a source whose document is kept as a local file, read as intake reads it
 * (so character spans found at intake point at the same characters). Only a file whose bytes
 * still have the sha256 recorded for the source is read: that proves it is the document the
 * source describes, and it means a source record pointing at some other file on the server (a
 * path typed by a user) reveals nothing, since naming a file's hash needs its content.
 */
public final class SourceTexts {
    /** The text, or why there is none, in words for the reader. */
    public record Text(Document document, String unavailable) {}

    private SourceTexts() {}

    public static Text of(Source source) {
        if (source.sha256() == null) return missing("no sha256 is recorded for this source, so its text cannot be checked");
        Path file;
        try {
            if (source.location().contains("://")) return missing("the document is not kept locally (" + source.location() + ")");
            file = Path.of(source.location());
        } catch (InvalidPathException e) {
            return missing("the location is not a file path");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) IntakeLimits.DEFAULT_MAX_BYTES + 1);
        } catch (IOException e) {
            return missing("the document file cannot be read");
        }
        if (bytes.length > IntakeLimits.DEFAULT_MAX_BYTES) return missing("the document file is larger than intake reads");
        if (!Source.sha256Of(bytes).equals(source.sha256())) return missing("the file no longer has the recorded sha256");
        try {
            Optional<Document> first = DocumentReader.read(new RawDocument(source.id(), source.location(), bytes, null, Instant.EPOCH)).stream().findFirst();
            return first.map(d -> new Text(d, null)).orElseGet(() -> missing("the document holds no text"));
        } catch (IntakeException e) {
            return missing("the document cannot be read: " + e.getMessage());
        }
    }

    private static Text missing(String why) {
        return new Text(null, why);
    }
}
