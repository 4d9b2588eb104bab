package org.enduse.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.assess.TestData.BELGOROD_OBLAST;
import static org.enduse.core.assess.TestData.BORDER_VILLAGE;
import static org.enduse.core.assess.TestData.line;
import static org.enduse.core.assess.TestData.seen;
import static org.enduse.core.assess.TestData.standardTerms;
import static org.enduse.core.assess.TestData.transfer;

import java.time.Instant;
import java.util.List;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Purpose;
import org.enduse.core.transfer.TransferLine;
import org.junit.jupiter.api.Test;

/** Each end-use rule, its precision limits, and the custody and review cases. */
class RulesTest {
    private final AssessmentEngine engine = TestData.engine();

    private Assessment judge(EndUseTerms terms, TransferLine line, Sighting sighting) {
        engine.putTransfer(transfer("t", "BE", terms, line));
        engine.putSighting(sighting);
        return engine.assessments(sighting.id()).get(0);
    }

    private Assessment judge(Sighting sighting) {
        return judge(standardTerms(), line("l1", "fn-scar-l", 100L, "2023-02"), sighting);
    }

    private static Sighting at(Place place) {
        return seen("s", "fn-scar-l").at(place).build();
    }

    // ---- territory

    @Test
    void aRegionOnlyPlaceOutsideThePermittedCountryIsOutsideHoweverImprecise() {
        Assessment a = judge(at(BELGOROD_OBLAST));
        assertThat(a.causes()).containsExactly("UNAUTHORISED_LOCATION");
        assertThat(a.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
    }

    @Test
    void aRegionOfThePermittedCountryIsInside() {
        Assessment a = judge(at(new Place("Kharkiv Oblast", null, "UA-63", null, null, GeoPrecision.REGION)));
        assertThat(a.verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void aPointNearTheBorderIsUncertainWithinItsPrecisionAndDecidedBeyondIt() {
        assertThat(judge(at(BORDER_VILLAGE)).verdict()).isEqualTo(Verdict.INSUFFICIENT_INFORMATION);
        assertThat(engine.assessments("s").get(0).causes()).containsExactly("LOCATION_UNCERTAIN");

        engine.putSighting(at(new Place("geolocated", null, null, 50.42, 35.60, GeoPrecision.EXACT)));
        assertThat(engine.assessments("s").get(0).causes()).containsExactly("UNAUTHORISED_LOCATION");

        engine.putSighting(at(new Place("inside, near the border", null, null, 50.20, 36.30, GeoPrecision.DISTRICT)));
        Assessment inside = engine.assessments("s").get(0);
        assertThat(inside.causes()).containsExactly("LOCATION_UNCERTAIN");
        assertThat(inside.explanation()).anyMatch(l -> l.contains("lies inside UA but only"));
    }

    @Test
    void aSightingWithoutCoordinatesIsJudgedByItsCountryOrNotAtAll() {
        assertThat(judge(at(new Place(null, CountryCode.of("RU"), null, null, null, null))).causes()).containsExactly("UNAUTHORISED_LOCATION");
        engine.putSighting(at(new Place(null, CountryCode.of("UA"), null, null, null, null)));
        assertThat(engine.assessments("s").get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
        engine.putSighting(at(new Place("somewhere", null, null, null, null, null)));
        Assessment unknown = engine.assessments("s").get(0);
        assertThat(unknown.verdict()).isEqualTo(Verdict.INSUFFICIENT_INFORMATION);
        assertThat(unknown.causes()).containsExactly("INABILITY_TO_VERIFY");
    }

    @Test
    void aCountryOnlyPlaceCannotShowWhetherItIsInAPermittedRegion() {
        EndUseTerms kharkivOnly = new EndUseTerms(List.of("UA-63"), List.of(), null, false, false, null);
        Assessment a = judge(kharkivOnly, line("l1", "fn-scar-l", 10L, "2023-02"), at(new Place(null, CountryCode.of("UA"), null, null, null, null)));
        assertThat(a.causes()).containsExactly("LOCATION_UNCERTAIN");
    }

    @Test
    void anAreaWithoutBoundaryDataIsUncertainNotGuessed() {
        EndUseTerms moldova = new EndUseTerms(List.of("MD"), List.of(), null, false, false, null);
        Assessment a = judge(moldova, line("l1", "fn-scar-l", 10L, "2023-02"), at(TestData.KYIV));
        assertThat(a.causes()).containsExactly("LOCATION_UNCERTAIN");
        assertThat(a.explanation()).anyMatch(l -> l.contains("no boundary data for MD"));
    }

    // ---- end user and re-transfer

    @Test
    void aUnitOfAPermittedEndUserIsAPermittedEndUser() {
        Assessment a = judge(seen("s", "fn-scar-l").heldBy("ua-93-brigade").build());
        assertThat(a.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(a.explanation()).anyMatch(l -> l.equals("end user: held by ua-93-brigade, which is part of the permitted end user ua-afu"));
    }

    @Test
    void anotherForceOfTheRecipientStateIsNotAPermittedEndUserButNoArmedGroup() {
        Assessment a = judge(seen("s", "fn-scar-l").heldBy("ua-ngu").build());
        assertThat(a.causes()).containsExactly("UNAUTHORISED_END_USER");
    }

    @Test
    void anUnknownHolderCannotBeJudged() {
        assertThat(judge(seen("s", "fn-scar-l").heldByName("unidentified fighters").build()).causes()).containsExactly("INABILITY_TO_VERIFY");
        engine.putSighting(seen("s", "fn-scar-l").heldBy(null).build());
        assertThat(engine.assessments("s").get(0).explanation()).anyMatch(l -> l.contains("the holder is unknown"));
    }

    @Test
    void anotherStatesForcesWithoutConsentAreAReTransfer() {
        Assessment a = judge(seen("s", "fn-scar-l").heldBy("pl-af").build());
        assertThat(a.causes()).containsExactly("UNAUTHORISED_END_USER", "UNAUTHORISED_RETRANSFER");

        engine.setTerms("t", new EndUseTerms(List.of("UA"), List.of("ua-afu"), null, false, false, null));
        assertThat(engine.assessments("s").get(0).causes()).containsExactly("UNAUTHORISED_END_USER");
    }

    @Test
    void theDonorsOwnForcesAreAReturnNotAReTransfer() {
        Assessment a = judge(seen("s", "fn-scar-l").heldBy("BE").build());
        assertThat(a.explanation()).anyMatch(l -> l.contains("a return, not a re-transfer"));
        assertThat(a.causes()).doesNotContain("UNAUTHORISED_RETRANSFER");
    }

    // ---- purpose and time

    @Test
    void combatSignsBreachANonCombatPurposeOnly() {
        EndUseTerms training = new EndUseTerms(List.of("UA"), List.of("ua-afu"), Purpose.TRAINING, false, false, null);
        Assessment a = judge(training, line("l1", "fn-scar-l", 10L, "2023-02"), seen("s", "fn-scar-l").status(SightingStatus.DESTROYED).build());
        assertThat(a.causes()).containsExactly("UNAUTHORISED_PURPOSE");

        engine.setTerms("t", standardTerms());
        assertThat(engine.assessments("s").get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void termsThatExpiredBeforeTheSightingNoLongerBindAndStraddlingDatesAreUncertain() {
        EndUseTerms until = new EndUseTerms(List.of("UA"), List.of("ua-afu"), null, true, false, PartialDate.parse("2023-05-15"));
        Assessment lapsed = judge(until, line("l1", "fn-scar-l", 10L, "2023-02"), seen("s", "fn-scar-l").at(BELGOROD_OBLAST).heldBy("rdk").build());
        assertThat(lapsed.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(lapsed.causes()).containsExactly("TERMS_LAPSED");

        engine.putSighting(seen("s", "fn-scar-l").on("2023-05").at(BELGOROD_OBLAST).heldBy("rdk").build());
        Assessment maybe = engine.assessments("s").get(0);
        assertThat(maybe.verdict()).isEqualTo(Verdict.INSUFFICIENT_INFORMATION);
        assertThat(maybe.causes()).contains("TERMS_MAY_HAVE_LAPSED", "UNAUTHORISED_LOCATION");
    }

    @Test
    void aTransferWithoutTermsCannotBeJudged() {
        Assessment a = judge(EndUseTerms.none(), line("l1", "fn-scar-l", 10L, "2023-02"), at(BELGOROD_OBLAST));
        assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_INFORMATION);
        assertThat(a.causes()).containsExactly("NO_TERMS_RECORDED");
    }

    // ---- custody

    @Test
    void aCapturedItemLaterSeenWithAThirdPartyIsNotTheRecipientsBreach() {
        TransferLine captured = TestData.withEvent(line("l1", "m1224-maxxpro", 1L, "2022-10", "MP777"), LifecycleStatus.CAPTURED, "2023-02-10");
        Assessment a = judge(standardTerms(), captured, seen("s", "m1224-maxxpro").on("2023-08").serials("MP777").at(BELGOROD_OBLAST).heldBy("wagner").build());

        assertThat(a.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(a.causes()).containsExactly("CUSTODY_ENDED");
        assertThat(a.evidence()).extracting(Evidence::sourceId).contains("src-captured-l1");
    }

    @Test
    void anEarlierSightingOfTheSameSerialShownCapturedEndsCustody() {
        engine.putTransfer(transfer("t", "US", standardTerms(), line("l1", "m1224-maxxpro", 10L, "2022-10", "MP001..MP010")));
        engine.putSighting(seen("later", "m1224-maxxpro").on("2023-09").serials("MP004").at(BELGOROD_OBLAST).heldBy("wagner").build());
        assertThat(engine.assessments("later").get(0).verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);

        engine.putSighting(seen("capture", "m1224-maxxpro").on("2023-06-10").serials("mp-004").heldBy("ru-af")
                .status(SightingStatus.CAPTURED).at(TestData.KYIV).build());

        Assessment later = engine.assessments("later").get(0);
        assertThat(later.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(later.causes()).containsExactly("CUSTODY_ENDED");
        assertThat(later.evidence()).extracting(Evidence::sourceId).contains("src-capture");
        assertThat(engine.assessments("capture").get(0).causes()).containsExactly("CAPTURED_BY_HOLDER");
    }

    @Test
    void aCaptureOnRecordAndAnUndatedSightingCannotBeOrdered() {
        TransferLine captured = TestData.withEvent(line("l1", "m1224-maxxpro", 1L, "2022-10"), LifecycleStatus.CAPTURED, "2023-02-10");
        Assessment a = judge(standardTerms(), captured, seen("s", "m1224-maxxpro").on(null).at(BELGOROD_OBLAST).heldBy("wagner").build());
        assertThat(a.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
        assertThat(a.causes()).contains("INABILITY_TO_VERIFY", "UNAUTHORISED_LOCATION");
    }

    @Test
    void anItemSeenAfterItsLineWasRecordedDestroyedIsNotExcused() {
        TransferLine destroyed = TestData.withEvent(line("l1", "fn-scar-l", 10L, "2023-02"), LifecycleStatus.DESTROYED, "2023-03");
        Assessment a = judge(standardTerms(), destroyed, seen("s", "fn-scar-l").at(BELGOROD_OBLAST).heldBy("rdk").build());
        assertThat(a.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
        assertThat(a.causes()).contains("LOSS_RECORD_CONTRADICTED", "UNAUTHORISED_END_USER");
    }

    @Test
    void aSeizedItemWasDivertedAndANeverDeliveredLineSaysSo() {
        Assessment a = judge(standardTerms(), line("l1", "fn-scar-l", 10L, null),
                seen("s", "fn-scar-l").status(SightingStatus.SEIZED).heldByName("Finnish customs").build());
        assertThat(a.causes()).containsExactly("DIVERSION", "RECEIPT_UNCONFIRMED");
        assertThat(a.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
    }

    // ---- review

    @Test
    void onlyAReviewerConfirmsAViolationAndAReviewLapsesWhenTheFactsChange() {
        judge(at(BELGOROD_OBLAST));
        engine.putReview(new Review("s", "t", "l1", ReviewDecision.CONFIRMED, "analyst-1", Instant.parse("2023-06-06T10:00:00Z"), "photos geolocated"));

        Assessment confirmed = engine.assessments("s").get(0);
        assertThat(confirmed.verdict()).isEqualTo(Verdict.VIOLATION_CONFIRMED);
        assertThat(confirmed.causes()).contains("UNAUTHORISED_LOCATION", "REVIEW_CONFIRMED");
        assertThat(confirmed.explanation()).anyMatch(l -> l.contains("confirmed by analyst-1 on 2023-06-06T10:00:00Z: photos geolocated"));
        assertThat(engine.alerts(null, null)).singleElement().extracting(Alert::verdict).isEqualTo(Verdict.VIOLATION_CONFIRMED);

        engine.putSighting(at(TestData.KYIV));
        Assessment changed = engine.assessments("s").get(0);
        assertThat(changed.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(changed.causes()).containsExactly("REVIEW_OUTDATED");
    }

    @Test
    void aRejectedPotentialViolationIsNoLongerAnAlert() {
        judge(at(BELGOROD_OBLAST));
        engine.putReview(new Review("s", "t", "l1", ReviewDecision.REJECTED, "analyst-2", Instant.parse("2023-06-06T10:00:00Z"), "misidentified rifle"));

        Assessment a = engine.assessments("s").get(0);
        assertThat(a.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(a.causes()).contains("UNAUTHORISED_LOCATION", "REVIEW_REJECTED");
        assertThat(engine.alerts(null, null)).isEmpty();
    }
}
