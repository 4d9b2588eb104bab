package org.enduse.store.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.enduse.core.inquiry.Attachment;
import org.enduse.core.inquiry.AttachmentFiles;
import org.enduse.core.source.Source;

/**
 * Attachment bytes in the data directory, at {@link Attachment#storedPath()}. A file is written to
 * a temporary name and moved into place, so a crash never leaves a partial file under a sha256
 * name; bytes already kept are not written again.
 */
public final class DataDirAttachmentFiles implements AttachmentFiles {
    private final Path dataDir;

    public DataDirAttachmentFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Attachment keep(String name, String mediaType, byte[] bytes) {
        Attachment a = Attachment.of(name, mediaType, bytes);
        Path target = dataDir.resolve(a.storedPath());
        if (Files.isRegularFile(target)) return a;
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), a.sha256(), ".partial");
            Files.write(partial, bytes);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep attachment " + name + " under " + target, e);
        }
    }

    @Override
    public byte[] read(Attachment a) {
        Path file = dataDir.resolve(a.storedPath());
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!Source.sha256Of(bytes).equals(a.sha256())) {
                throw new IllegalStateException("attachment " + a.name() + " at " + file + " no longer matches its sha256 " + a.sha256());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + a.name() + " from " + file, e);
        }
    }
}
