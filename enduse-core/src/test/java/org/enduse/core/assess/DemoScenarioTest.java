package org.enduse.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.assess.TestData.BELGOROD_CITY;
import static org.enduse.core.assess.TestData.BELGOROD_OBLAST;
import static org.enduse.core.assess.TestData.BORDER_VILLAGE;
import static org.enduse.core.assess.TestData.line;
import static org.enduse.core.assess.TestData.seen;
import static org.enduse.core.assess.TestData.standardTerms;

import java.util.List;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.Transfer;
import org.junit.jupiter.api.Test;

/** The motivating case: Belgian SCARs and US and Polish MaxxPros seen in Belgorod Oblast in May 2023. */
class DemoScenarioTest {
    private final AssessmentEngine engine = TestData.engine();

    private void belgianPackage() {
        engine.putTransfer(new Transfer("be-2023-01", "Belgian military aid, January 2023", CountryCode.of("BE"), CountryCode.of("UA"), null,
                PartialDate.parse("2023-01"), Money.of("90000000", "EUR"), List.of(line("l1", "fn-scar", null, "2023-02")),
                standardTerms(), List.of("src-be-announcement"), null));
    }

    @Test
    void belgianScarInBelgorodHeldByTheRussianVolunteerCorpsIsAPotentialViolationOfTerritoryAndEndUser() {
        belgianPackage();
        engine.putSighting(seen("s-scar", "fn-scar").on("2023-05-22").at(BELGOROD_OBLAST).heldBy("rdk").build());

        List<Assessment> result = engine.assessments("s-scar");

        Assessment top = result.get(0);
        assertThat(top.transferId()).isEqualTo("be-2023-01");
        assertThat(top.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
        assertThat(top.causes()).containsExactlyInAnyOrder("UNAUTHORISED_LOCATION", "UNAUTHORISED_END_USER", "NON_STATE_ARMED_GROUP");
        assertThat(top.explanation()).anyMatch(l -> l.startsWith("territory: region RU-BEL lies outside UA"))
                .anyMatch(l -> l.contains("held by rdk (Russian Volunteer Corps), which is neither ua-afu nor part of it"))
                .anyMatch(l -> l.startsWith("attribution exclusivity +10.0: only BE gave this family to UA"))
                .contains("verdict: potential violation");
        assertThat(top.evidence()).extracting(Evidence::sourceId).containsExactly("src-s-scar", "src-be-announcement", "src-delivery-l1");
        assertThat(engine.alerts(null, CountryCode.of("BE"))).singleElement()
                .satisfies(a -> assertThat(a.causes()).contains(Cause.UNAUTHORISED_LOCATION, Cause.UNAUTHORISED_END_USER));
    }

    @Test
    void maxxProsAreAttributedAmongTheirUsAndPolishDonorsAndEachDonorIsAlertedAboutItsLikelySources() {
        engine.putTransfer(TestData.transfer("us-pda-2022-09", "US", standardTerms(), line("mrap", "m1224-maxxpro", 100L, "2022-10")));
        engine.putTransfer(TestData.transfer("pl-2023-02", "PL", standardTerms(), line("mrap", "maxxpro", 10L, "2023-03")));
        engine.putSighting(seen("s-mrap-1", "m1224-maxxpro").on("2023-05-22").at(BORDER_VILLAGE).heldBy("frl").build());
        engine.putSighting(seen("s-mrap-2", "maxxpro").on("2023-05-23").at(BELGOROD_CITY).heldBy("ru-af").status(SightingStatus.CAPTURED)
                .markings("PL").build());

        Attribution first = engine.attribution("s-mrap-1");
        assertThat(first.candidates()).extracting(Candidate::donor).containsExactly(CountryCode.of("US"), CountryCode.of("PL"));
        assertThat(first.candidates().get(0).factors()).anyMatch(f -> f.factor() == Factor.EQUIPMENT && f.points() == Scoring.TYPE)
                .anyMatch(f -> f.factor() == Factor.ORIGIN && f.points() == Scoring.ORIGIN_DONOR)
                .anyMatch(f -> f.factor() == Factor.EXCLUSIVITY && f.points() == 5.0);
        assertThat(first.candidates().get(1).factors()).anyMatch(f -> f.factor() == Factor.EQUIPMENT && f.points() == Scoring.VARIANT)
                .anyMatch(f -> f.factor() == Factor.ORIGIN && f.reason().contains("second-hand"));

        // The Polish registration on the captured vehicle turns the ranking around.
        Attribution second = engine.attribution("s-mrap-2");
        assertThat(second.candidates()).extracting(Candidate::donor).first().isEqualTo(CountryCode.of("PL"));

        // Seen 2 km inside Russia at settlement precision: too close to call; the armed group settles it.
        Assessment nearBorder = engine.assessments("s-mrap-1").get(0);
        assertThat(nearBorder.causes()).contains("LOCATION_UNCERTAIN", "UNAUTHORISED_END_USER", "NON_STATE_ARMED_GROUP");
        assertThat(nearBorder.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
        // Captured by Russian forces in Belgorod: a loss, not a hand-over; but it was in Russia.
        Assessment captured = engine.assessments("s-mrap-2").get(0);
        assertThat(captured.causes()).contains("CAPTURED_BY_HOLDER", "UNAUTHORISED_LOCATION").doesNotContain("UNAUTHORISED_RETRANSFER");
        assertThat(engine.alerts(null, CountryCode.of("PL"))).extracting(Alert::sightingId).containsExactly("s-mrap-2");
        assertThat(engine.alerts(null, CountryCode.of("US"))).extracting(Alert::sightingId).containsExactly("s-mrap-1");
        assertThat(engine.assessments("s-mrap-1").get(1).explanation().get(0)).endsWith("scores well below the best candidate, so it raises no alert");
    }

    @Test
    void aScarSeenWithAPointInKharkivHeldByABrigadeIsCompliant() {
        belgianPackage();
        engine.putSighting(seen("s-ok", "fn-scar-l").at(new Place("Kharkiv", null, null, 49.9935, 36.2304, GeoPrecision.SETTLEMENT))
                .heldBy("ua-93-brigade").build());

        Assessment a = engine.assessments("s-ok").get(0);

        assertThat(a.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(a.causes()).isEmpty();
        assertThat(a.explanation()).anyMatch(l -> l.contains("part of the permitted end user ua-afu"));
    }
}
