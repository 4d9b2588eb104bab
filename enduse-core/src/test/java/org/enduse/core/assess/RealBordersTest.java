package org.enduse.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.assess.TestData.line;
import static org.enduse.core.assess.TestData.seen;
import static org.enduse.core.assess.TestData.standardTerms;
import static org.enduse.core.assess.TestData.transfer;

import org.enduse.core.geo.GeoData;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.junit.jupiter.api.Test;

/** The territory rule on the real, internationally recognised borders from org.enduse.core.geo. */
class RealBordersTest {
    private final TestCatalog catalog = new TestCatalog();
    private final AssessmentEngine engine = new AssessmentEngine(catalog, catalog, GeoData.get().recognised(),
            EvidenceLocator.sourcesOnly(), TestData.CLOCK, AssessmentEngine.DEFAULT_KEEP);

    private Assessment judgeAt(String id, Place place) {
        engine.putSighting(seen(id, "fn-scar-l").at(place).build());
        return engine.assessments(id).get(0);
    }

    @Test
    void belgorodIsOutsideUkraineKharkivAndSevastopolAreInsideAndTheBorderIsUncertain() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 100L, "2023-02")));

        assertThat(judgeAt("belgorod", new Place("Belgorod", null, null, 50.5977, 36.5858, GeoPrecision.SETTLEMENT)).causes())
                .containsExactly("UNAUTHORISED_LOCATION");
        assertThat(judgeAt("kharkiv", new Place("Kharkiv", null, null, 49.9935, 36.2304, GeoPrecision.SETTLEMENT)).verdict())
                .isEqualTo(Verdict.COMPLIANT);
        assertThat(judgeAt("sevastopol", new Place("Sevastopol", null, null, 44.6166, 33.5254, GeoPrecision.SETTLEMENT)).verdict())
                .as("Crimea is Ukraine within recognised borders").isEqualTo(Verdict.COMPLIANT);
        assertThat(judgeAt("border", new Place("near Grayvoron", null, null, 50.478, 35.676, GeoPrecision.DISTRICT)).causes())
                .containsExactly("LOCATION_UNCERTAIN");
        assertThat(engine.attribution("belgorod").candidates().get(0).factors()).anyMatch(f -> f.reason().equals("seen in RU"));
    }
}
