package org.enduse.store.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachment bytes kept in a real folder, by sha256. */
class DataDirAttachmentFilesTest {
    @TempDir
    Path data;

    @Test
    void keepsBytesOnceUnderTheirSha256AndReadsThemBack() throws Exception {
        var files = new DataDirAttachmentFiles(data);
        byte[] bytes = "reply from the ministry".getBytes(StandardCharsets.UTF_8);
        var a = files.keep("reply.txt", "text/plain", bytes);
        var again = files.keep("copy.txt", "text/plain", bytes);

        assertThat(a.sha256()).isEqualTo(again.sha256()).hasSize(64);
        assertThat(a.size()).isEqualTo(bytes.length);
        assertThat(data.resolve(a.storedPath())).hasBinaryContent(bytes);
        try (var stored = Files.list(data.resolve(a.storedPath()).getParent())) {
            assertThat(stored).hasSize(1); // no second copy, no partial file left behind
        }
        assertThat(files.read(again)).isEqualTo(bytes);
    }

    @Test
    void aFileChangedOnDiskIsRefused() throws Exception {
        var files = new DataDirAttachmentFiles(data);
        var a = files.keep("reply.txt", null, "original".getBytes(StandardCharsets.UTF_8));
        Files.writeString(data.resolve(a.storedPath()), "tampered");
        assertThatThrownBy(() -> files.read(a)).hasMessageContaining("reply.txt").hasMessageContaining("no longer matches its sha256");
    }
}
