package org.enduse.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.TsvNameSource;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction on the hand-labelled development set. The floors are below the targets
 * (which are for unseen real reports): they catch a regression, the printed table says where we are.
 */
class DevsetTest {
    @Test
    void extractionScoresOnTheDevelopmentSet() throws URISyntaxException {
        Path dir = Path.of(DevsetTest.class.getResource("/devset").toURI());
        var documents = Devset.read(dir);
        Scores scores = Evaluator.score(Extractor.withBuiltInNames(TsvNameSource.read(dir.resolve("names.tsv"))), documents);
        System.out.println(documents.size() + " documents\n" + scores.table());
        assertThat(scores.byField().get("language").get("all").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.byField().get("country").get("all").f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.byField().get("equipment").get("all").f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.byField().get("quantity").get("all").f1()).isGreaterThanOrEqualTo(0.7);
        assertThat(scores.byField().get("money").get("all").f1()).isGreaterThanOrEqualTo(0.7);
    }
}
