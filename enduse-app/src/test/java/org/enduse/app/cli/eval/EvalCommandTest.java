package org.enduse.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.app.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enduse eval} scores a labelled set given as a directory or as one label file, its texts beside it. */
class EvalCommandTest {
    @Test
    void scoresOneLabelFileWhoseTextsLieBesideIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/01.txt"), "Belgium delivered FN SCAR rifles to Ukraine in 2023.", StandardCharsets.UTF_8);
        Path labels = Files.writeString(dir.resolve("batch.jsonl"), """
                {"id": "t-en-01", "language": "en", "file": "en/01.txt", "mentions": [{"kind": "country", "text": "Belgium", "code": "BE"}], "events": []}
                """, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run(dir.resolve("data"), "eval", labels.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1 documents").containsPattern("country +all +1 +\\d+ +0 ");
    }

    @Test
    void aMissingSetIsNamed(@TempDir Path dir) {
        Cli.Result r = Cli.run(dir, "eval", "no-such-labels.jsonl");

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no-such-labels.jsonl: no such directory or file");
    }
}
