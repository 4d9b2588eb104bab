package org.enduse.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.TsvNameSource;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction on the hand-labelled development set: documents we wrote, each for a construction the extraction
 * reads. Every mention of them is read exactly, so any mention field below 1.000 is a regression (the failure names the
 * field). Events keep a margin for the few documents that record what is still misread: all events together 0.99, each
 * type, with fewer labels, 0.95.
 */
class DevsetTest {
    @Test
    void extractionScoresOnTheDevelopmentSet() throws URISyntaxException {
        Path dir = Path.of(DevsetTest.class.getResource("/devset").toURI());
        var documents = Devset.read(dir);
        Scores scores = Evaluator.score(Extractor.withBuiltInNames(TsvNameSource.read(dir.resolve("names.tsv"))), documents);
        System.out.println(documents.size() + " documents\n" + scores.table());
        scores.byField().forEach((field, byLanguage) -> {
            double f1 = byLanguage.get("all").f1();
            if (field.startsWith("event:")) assertThat(f1).as(field).isGreaterThanOrEqualTo(0.95);
            else if (field.startsWith("event")) assertThat(f1).as(field).isGreaterThanOrEqualTo(0.99);
            else assertThat(f1).as(field).isEqualTo(1.0);
        });
    }
}
