package org.enduse.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enduse.core.assess.TestData.BELGOROD_OBLAST;
import static org.enduse.core.assess.TestData.line;
import static org.enduse.core.assess.TestData.seen;
import static org.enduse.core.assess.TestData.standardTerms;
import static org.enduse.core.assess.TestData.transfer;

import java.time.LocalDate;
import java.util.List;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.EndUseTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine re-assesses what a change touches, and nothing else. */
class AssessmentEngineTest {
    private final AssessmentEngine engine = TestData.engine();

    @BeforeEach
    void tenScarsAndTenMaxxPros() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 100L, "2023-02")));
        engine.putTransfer(transfer("us", "US", standardTerms(), line("l1", "maxxpro", 100L, "2022-10", "MP001..MP100")));
        for (int i = 0; i < 10; i++) {
            engine.putSighting(seen("scar-" + i, "fn-scar-l").at(BELGOROD_OBLAST).heldBy("rdk").build());
            engine.putSighting(seen("mrap-" + i, "m1224-maxxpro").serials(String.format("MP%03d", i + 1)).build());
        }
        assertThat(engine.assessAll()).isEqualTo(20);
    }

    @Test
    void aNewSightingIsTheOnlyOneReassessed() {
        engine.putSighting(seen("new", "fn-scar-h").build());
        assertThat(engine.refresh()).isEqualTo(1);
        assertThat(engine.verdict("new")).contains(Verdict.COMPLIANT);
    }

    @Test
    void aNewTransferReassessesItsFamilyOnly() {
        engine.putTransfer(transfer("cz", "CZ", standardTerms(), line("l1", "fn-scar-h", 10L, "2023-03")));
        assertThat(engine.refresh()).isEqualTo(10);
        assertThat(engine.attribution("scar-0").candidates()).hasSize(2);
        assertThat(engine.attribution("mrap-0").candidates()).hasSize(1);
    }

    @Test
    void aTransferListingASerialReachesSightingsOfAnotherFamilyThatCarryIt() {
        engine.putTransfer(transfer("odd", "PL", standardTerms(), line("l1", "m4", 1L, "2023-03", "MP005")));
        assertThat(engine.refresh()).isEqualTo(1);
        assertThat(engine.attribution("mrap-4").candidates()).extracting(Candidate::transferId).containsExactly("us", "odd");
    }

    @Test
    void newTermsRecheckOnlyTheSightingsTheTransferIsACandidateFor() {
        engine.setTerms("be", new EndUseTerms(List.of(), List.of(), null, false, false, null));
        assertThat(engine.refresh()).isEqualTo(10);
        assertThat(engine.verdict("scar-0")).contains(Verdict.INSUFFICIENT_INFORMATION);
        assertThat(engine.transfer("be").orElseThrow().terms().isEmpty()).isTrue();
    }

    @Test
    void aSightingSeenDestroyedWithASerialReassessesItsFamilyBecauseTheQuantityLeftChanged() {
        engine.putSighting(seen("wreck", "maxxpro").serials("MP050").status(SightingStatus.DESTROYED).build());
        assertThat(engine.refresh()).isEqualTo(11);
        engine.putSighting(seen("parade", "maxxpro").serials("MP051").build());
        assertThat(engine.refresh()).isEqualTo(1);
    }

    @Test
    void aReviewReassessesItsSightingOnly() {
        engine.putReview(new Review("scar-3", "be", "l1", ReviewDecision.CONFIRMED, "analyst", TestData.CLOCK.instant(), null));
        assertThat(engine.refresh()).isEqualTo(1);
        assertThat(engine.verdict("scar-3")).contains(Verdict.VIOLATION_CONFIRMED);
    }

    @Test
    void removingATransferLeavesItsSightingsWithoutCandidate() {
        assertThat(engine.removeTransfer("be")).isTrue();
        assertThat(engine.refresh()).isEqualTo(10);
        assertThat(engine.verdict("scar-0")).isEmpty();
        assertThat(engine.alerts(null, null)).isEmpty();
        assertThat(engine.removeTransfer("be")).isFalse();
    }

    @Test
    void removingASightingDropsItsAlertAndItsReviews() {
        engine.putReview(new Review("scar-3", "be", "l1", ReviewDecision.CONFIRMED, "analyst", TestData.CLOCK.instant(), null));
        assertThat(engine.removeSighting("scar-3")).isTrue();
        assertThat(engine.alerts(null, null)).hasSize(9).noneMatch(a -> a.sightingId().equals("scar-3"));
        assertThat(engine.sighting("scar-3")).isEmpty();
        assertThatThrownBy(() -> engine.assessments("scar-3")).isInstanceOf(InvalidInputException.class).hasMessageContaining("no sighting with id 'scar-3'");
    }

    @Test
    void alertsFilterByDonorAndBySinceDate() {
        // As many SCARs as Belgium's line: both donors are likely sources of every SCAR sighting.
        engine.putTransfer(transfer("us-2", "US", standardTerms(), line("l1", "fn-scar-l", 100L, "2023-01")));
        engine.putSighting(seen("old", "fn-scar-l").on("2023-03").at(BELGOROD_OBLAST).heldBy("rdk").build());
        engine.putSighting(seen("undated", "fn-scar-l").on(null).at(BELGOROD_OBLAST).heldBy("rdk").build());

        assertThat(engine.alerts(null, null)).hasSize(24);
        assertThat(engine.alerts(null, CountryCode.of("US"))).hasSize(12).allMatch(a -> a.donor().value().equals("US"));
        assertThat(engine.alerts(LocalDate.of(2023, 3, 31), null)).extracting(Alert::sightingId).contains("old").doesNotContain("undated");
        assertThat(engine.alerts(LocalDate.of(2023, 4, 1), CountryCode.of("BE"))).hasSize(10).allMatch(a -> a.rank() == 1);
    }

    @Test
    void aSightingReplacedByANewVersionIsReassessed() {
        engine.putSighting(seen("scar-0", "fn-scar-l").at(TestData.KYIV).heldBy("ua-afu").build());
        assertThat(engine.verdict("scar-0")).contains(Verdict.COMPLIANT);
        assertThat(engine.sightingCount()).isEqualTo(20);
        assertThat(engine.transferCount()).isEqualTo(2);
    }

    @Test
    void aReviewOfAnUnknownSightingIsRefused() {
        assertThatThrownBy(() -> engine.putReview(new Review("nope", "be", "l1", ReviewDecision.CONFIRMED, "a", TestData.CLOCK.instant(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'nope'");
    }
}
