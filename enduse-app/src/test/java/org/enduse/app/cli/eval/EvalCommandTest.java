package org.enduse.app.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enduse eval} scores a labelled set given as a directory or as one label file, its texts beside it. */
class EvalCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scoresOneLabelFileWhoseTextsLieBesideIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/01.txt"), "Belgium delivered FN SCAR rifles to Ukraine in 2023.", StandardCharsets.UTF_8);
        Path labels = Files.writeString(dir.resolve("batch.jsonl"), """
                {"id": "t-en-01", "language": "en", "file": "en/01.txt", "mentions": [{"kind": "country", "text": "Belgium", "code": "BE"}], "events": []}
                """, StandardCharsets.UTF_8);

        Run r = run("eval", labels.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1 documents").containsPattern("country +all +1 +\\d+ +0 ");
    }

    @Test
    void aMissingSetIsNamed() {
        Run r = run("eval", "no-such-labels.jsonl");

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no-such-labels.jsonl: no such directory or file");
    }
}
