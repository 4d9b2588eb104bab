package org.enduse.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.NameSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notations of the real-report labellers read as meant: one equipment name written without a list,
 * a sighting's holder written as a country code (the labeller brief asks codes), and a credit with or
 * without its leading article (the labelling rules leave it open).
 */
class LabelNotationTest {
    @TempDir
    Path dir;

    private Scores score(String events) throws IOException {
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"text\": \"The Ukrainian army captured a Leopard 2.\", "
                + "\"events\": [" + events + "]}\n");
        return Evaluator.score(Extractor.standard(NameSource.of(java.util.List.of())), Devset.read(dir));
    }

    @Test
    void aHolderWrittenAsACountryCodeAgreesWithTheHoldersCountry() throws IOException {
        assertThat(score("{\"type\": \"sighting\", \"holder\": \"UA\", \"status\": \"captured\"}").byField().get("event").get("all").truePositives())
                .isEqualTo(1);
        assertThat(score("{\"type\": \"sighting\", \"holder\": \"RU\", \"status\": \"captured\"}").byField().get("event").get("all").truePositives())
                .isZero();
    }

    @Test
    void oneEquipmentNameWithoutAListAgreesWithAListHoldingIt() throws IOException {
        var right = score("{\"type\": \"sighting\", \"equipment\": \"Leopard 2\", \"status\": \"captured\"}").byField().get("event").get("all");
        var wrong = score("{\"type\": \"sighting\", \"equipment\": \"Marder\", \"status\": \"captured\"}").byField().get("event").get("all");
        assertThat(right.truePositives()).isEqualTo(1);
        assertThat(wrong.truePositives()).isZero();
    }

    @Test
    void aCreditAgreesWithOrWithoutItsLeadingArticle() throws IOException {
        Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"a\", \"language\": \"en\", \"text\": \"According to Western officials, the Ukrainian army captured a Leopard 2.\", "
                + "\"events\": [{\"type\": \"sighting\", \"attributed_to\": \"the Western officials\"}, {\"type\": \"sighting\", \"attributed_to\": \"Eastern officials\"}]}\n");
        var events = Evaluator.score(Extractor.standard(NameSource.of(java.util.List.of())), Devset.read(dir)).byField().get("event").get("all");
        assertThat(events.truePositives()).isEqualTo(1);
        assertThat(events.falseNegatives()).isEqualTo(1);
    }

    @Test
    void onlyAWholeLeadingArticleIsLeftOut() {
        assertThat(Evaluator.sameCredit("Defense Ministry", "The Defense Ministry")).isTrue();
        assertThat(Evaluator.sameCredit("l’ambassadeur russe", "ambassadeur russe")).isTrue();
        assertThat(Evaluator.sameCredit("die Bundesregierung", "Bundesregierung")).isTrue();
        assertThat(Evaluator.sameCredit("Theater command", "ater command")).isFalse();
        assertThat(Evaluator.sameCredit("Dennis Smith", "nis Smith")).isFalse();
        assertThat(Evaluator.sameCredit("Russian Defense Ministry", "Defense Ministry")).isFalse();
    }
}
