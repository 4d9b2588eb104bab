package org.enduse.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelled documents that name their text by file, for real reports kept outside the repository. */
class LabelledFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheTextFromTheTextsDirectory() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "Belgium sent rifles.");
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"file\": \"a.txt\", \"mentions\": [{\"kind\": \"country\", \"text\": \"Belgium\"}]}\n");

        var documents = Devset.read(dir, texts);

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Belgium sent rifles.");
            assertThat(d.mentions()).hasSize(1);
        });
    }

    @Test
    void aMissingTextNamesTheLineAndTheFile() throws IOException {
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"file\": \"gone.txt\"}\n");

        assertThatThrownBy(() -> Devset.read(dir, dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("set.jsonl").hasMessageContaining("row 1").hasMessageContaining("gone.txt");
    }

    @Test
    void aTextOutsideTheTextsDirectoryIsRefused() throws IOException {
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"file\": \"../../etc/passwd\"}\n");

        assertThatThrownBy(() -> Devset.read(dir, dir)).isInstanceOf(InvalidInputException.class).hasMessageContaining("must stay inside");
    }

    @Test
    void aTextThatIsNotTheOneLabelledIsRefused() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Belgium sent rifles.");
        String labelled = org.enduse.core.source.Source.sha256Of("Belgium sent rifles.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"file\": \"a.txt\", \"sha256\": \"" + labelled + "\"}\n");
        assertThat(Devset.read(dir, dir)).hasSize(1);

        Files.writeString(dir.resolve("a.txt"), "Belgium sent  rifles.");

        assertThatThrownBy(() -> Devset.read(dir, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a.txt").hasMessageContaining("is not the one labelled");
    }
}
