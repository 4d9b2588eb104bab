package org.enduse.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.NameSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "event-found" counts an event of a labelled type as found even when its roles are misread; "event" does not. */
class EventFoundTest {
    @TempDir
    Path dir;

    @Test
    void anEventWithAMisreadRoleIsFoundButNotRight() throws IOException {
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"text\": \"Belgium delivered 20 FN SCAR rifles to Ukraine.\", "
                + "\"events\": [{\"type\": \"transfer\", \"donor\": \"NL\", \"recipient\": \"UA\"}, {\"type\": \"statement\", \"by\": \"BE\"}]}\n");
        Scores scores = Evaluator.score(Extractor.standard(NameSource.of(java.util.List.of())), Devset.read(dir));
        var found = scores.byField().get("event-found").get("all");
        assertThat(found.truePositives()).isEqualTo(1);
        assertThat(found.falseNegatives()).as("the statement nobody found").isEqualTo(1);
        assertThat(scores.byField().get("event").get("all").truePositives()).as("the donor is BE, not NL").isZero();
    }
}
