package org.enduse.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people's labels of the same documents are scored against each other the way extraction is. */
class AgreementTest {
    private static final String TEXT = "\"text\": \"Belgium delivered 20 FN SCAR rifles to Ukraine.\"";

    @TempDir
    Path dir;

    @Test
    void scoresTheSecondLabellingAgainstTheFirstPairedById() throws IOException {
        Path first = write("first", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + ", \"mentions\": ["
                + "{\"kind\": \"country\", \"text\": \"Belgium\", \"code\": \"BE\"}, {\"kind\": \"country\", \"text\": \"Ukraine\", \"code\": \"UA\"}], "
                + "\"events\": [{\"type\": \"transfer\", \"donor\": \"BE\", \"recipient\": \"UA\", \"status\": \"delivered\"}]}\n"
                + "{\"id\": \"b\", \"language\": \"en\", \"text\": \"Nothing here.\"}\n");
        Path second = write("second", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + ", \"mentions\": ["
                + "{\"kind\": \"country\", \"text\": \"Belgium\", \"code\": \"BE\"}, {\"kind\": \"quantity\", \"text\": \"20 FN SCAR rifles\"}], "
                + "\"events\": [{\"type\": \"transfer\", \"donor\": \"BE\", \"recipient\": \"UA\", \"status\": \"pledged\"}]}\n");

        var scores = Evaluator.agreement(Devset.read(first), Devset.read(second)).byField();

        var country = scores.get("country").get("all");
        assertThat(country.truePositives()).isEqualTo(1);
        assertThat(country.falseNegatives()).as("Ukraine, labelled by the first only").isEqualTo(1);
        assertThat(scores.get("quantity").get("all").falsePositives()).as("labelled by the second only").isEqualTo(1);
        assertThat(scores.get("event").get("all").truePositives()).as("the two disagree on the status").isZero();
        assertThat(scores.get("event-found").get("all").truePositives()).isEqualTo(1);
    }

    @Test
    void aLooseLabelDoesNotTakeThePredictionAStricterLabelNeeds() throws IOException {
        String loose = "{\"type\": \"sighting\", \"status\": \"destroyed\"}";
        String strict = "{\"type\": \"sighting\", \"status\": \"destroyed\", \"location_country\": \"UA\"}";
        Path first = write("first", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + ", \"events\": [" + loose + ", " + strict + "]}\n");
        Path second = write("second", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + ", \"events\": [" + strict + ", " + loose + "]}\n");

        var events = Evaluator.agreement(Devset.read(first), Devset.read(second)).byField().get("event").get("all");

        assertThat(events.truePositives()).as("the strict one pairs with the strict label, the loose one with the loose").isEqualTo(2);
        assertThat(events.falseNegatives()).isZero();
    }

    @Test
    void twoLabellersGivingTheSameHolderCodeAgree() throws IOException {
        String sighting = "{\"type\": \"sighting\", \"equipment\": [\"FN SCAR\"], \"holder\": \"RU\", \"status\": \"captured\"}";
        Path first = write("first", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + ", \"events\": [" + sighting + "]}\n");
        Path second = write("second", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + ", \"events\": [" + sighting.replace("RU", "UA") + ", " + sighting + "]}\n");

        var events = Evaluator.agreement(Devset.read(first), Devset.read(second)).byField().get("event").get("all");

        assertThat(events.truePositives()).as("the same holder code").isEqualTo(1);
        assertThat(events.falsePositives()).as("another holder code").isEqualTo(1);
    }

    @Test
    void aDocumentTheFirstLabellingLacksIsNamed() throws IOException {
        Path first = write("first", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + "}\n");
        Path second = write("second", "{\"id\": \"a2\", \"language\": \"en\", " + TEXT + "}\n");
        assertThatThrownBy(() -> Evaluator.agreement(Devset.read(first), Devset.read(second)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a2").hasMessageContaining("no document with this id");
    }

    @Test
    void anIdLabelledTwiceIsNamedWithWhereItFirstCame() throws IOException {
        Path twice = write("twice", "{\"id\": \"a\", \"language\": \"en\", " + TEXT + "}\n{\"id\": \"a\", \"language\": \"en\", " + TEXT + "}\n");
        assertThatThrownBy(() -> Devset.read(twice)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("set.jsonl").hasMessageContaining("\"a\" is used again (first at set.jsonl line 1)");
    }

    private Path write(String name, String jsonl) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("set.jsonl"), jsonl);
        return d;
    }
}
