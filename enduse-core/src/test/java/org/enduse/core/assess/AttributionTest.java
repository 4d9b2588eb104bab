package org.enduse.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.assess.TestData.line;
import static org.enduse.core.assess.TestData.seen;
import static org.enduse.core.assess.TestData.standardTerms;
import static org.enduse.core.assess.TestData.transfer;

import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.TransferLine;
import org.junit.jupiter.api.Test;

/** One test or more for each attribution factor, and the hard cases. */
class AttributionTest {
    private final AssessmentEngine engine = TestData.engine();

    private FactorScore factor(Candidate c, Factor f) {
        return c.factors().stream().filter(s -> s.factor() == f).findFirst().orElseThrow();
    }

    private Candidate candidate(Attribution a, String transferId) {
        return a.candidates().stream().filter(c -> c.transferId().equals(transferId)).findFirst().orElseThrow();
    }

    @Test
    void everyCandidateNamesEveryFactorAndItsPointsAddUpToTheScore() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 100L, "2023-02")));
        engine.putSighting(seen("s", "fn-scar-l").build());

        Candidate c = engine.attribution("s").candidates().get(0);

        assertThat(c.factors()).extracting(FactorScore::factor).containsExactly(Factor.values());
        assertThat(c.factors().stream().mapToDouble(FactorScore::points).sum()).isCloseTo(c.points(), org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void anExactSerialOutranksEverythingElse() {
        engine.putTransfer(transfer("be-a", "BE", standardTerms(), line("l1", "fn-scar-l", 200L, "2023-02", "FN100000..FN100199")));
        engine.putTransfer(transfer("be-b", "BE", standardTerms(), line("l1", "fn-scar-l", 200L, "2023-02", "FN200000..FN200199")));
        engine.putSighting(seen("s", "fn-scar-l").serials("FN-2OOO42").build());

        Attribution a = engine.attribution("s");

        assertThat(a.candidates().get(0).transferId()).isEqualTo("be-b");
        assertThat(factor(a.candidates().get(0), Factor.SERIAL).points()).isEqualTo(Scoring.SERIAL_EXACT);
        assertThat(factor(candidate(a, "be-a"), Factor.SERIAL).points()).as("complete serial list contradicts").isEqualTo(Scoring.SERIAL_CONTRADICTED);
        assertThat(a.isAmbiguous()).isFalse();
    }

    @Test
    void aPartialSerialCountsLessThanAnExactOne() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 100L, "2023-02", "FN123400..FN123499")));
        engine.putSighting(seen("s", "fn-scar-l").serials("FN12??56").build());

        FactorScore serial = factor(engine.attribution("s").candidates().get(0), Factor.SERIAL);

        assertThat(serial.points()).isEqualTo(Scoring.SERIAL_PARTIAL);
        assertThat(serial.reason()).contains("partial reading FN12??56");
    }

    @Test
    void aSerialThatTwoDonorsBothListLeavesTheSourceAmbiguousUnlessTheTypeDecides() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 1L, "2023-02", "123456")));
        engine.putTransfer(transfer("us", "US", standardTerms(), line("l1", "m4", 1L, "2023-02", "123456")));
        engine.putTransfer(transfer("cz", "CZ", standardTerms(), line("l1", "fn-scar-l", 1L, "2023-02", "123456")));
        engine.putSighting(seen("s", "fn-scar-l").serials("123456").build());

        Attribution a = engine.attribution("s");

        assertThat(a.candidates()).extracting(Candidate::transferId).containsExactly("be", "cz", "us");
        assertThat(factor(candidate(a, "us"), Factor.SERIAL).points()).isEqualTo(Scoring.SERIAL_EXACT);
        assertThat(factor(candidate(a, "us"), Factor.EQUIPMENT).points()).isEqualTo(Scoring.DIFFERENT_EQUIPMENT);
        // Both SCAR donors list the serial; Belgium makes the SCAR, which is all that separates them.
        assertThat(a.candidates().get(0).points() - a.candidates().get(1).points()).isEqualTo(Scoring.ORIGIN_DONOR - Scoring.ORIGIN_ELSEWHERE);
        assertThat(a.isAmbiguous()).isTrue();
        assertThat(engine.assessments("s").get(0).explanation().get(0)).contains("ambiguous");
    }

    @Test
    void equipmentCountsByHowCloseTheTypesAre() {
        engine.putTransfer(transfer("type", "US", standardTerms(), line("l1", "m1224-maxxpro", 10L, "2022-10")));
        engine.putTransfer(transfer("parent", "US", standardTerms(), line("l1", "maxxpro", 10L, "2022-10")));
        engine.putTransfer(transfer("sibling", "US", standardTerms(), line("l1", "m1234-maxxpro", 10L, "2022-10")));
        engine.putSighting(seen("s", "m1224-maxxpro").build());

        Attribution a = engine.attribution("s");

        assertThat(factor(candidate(a, "type"), Factor.EQUIPMENT).points()).isEqualTo(Scoring.TYPE);
        assertThat(factor(candidate(a, "parent"), Factor.EQUIPMENT).points()).isEqualTo(Scoring.VARIANT);
        assertThat(factor(candidate(a, "sibling"), Factor.EQUIPMENT).points()).isEqualTo(Scoring.FAMILY);
        assertThat(a.candidates()).extracting(Candidate::transferId).containsExactly("type", "parent", "sibling");
    }

    @Test
    void itemsWithoutACatalogTypeMatchOnTheirDescription() {
        TransferLine described = new TransferLine("l1", EquipmentRef.described("Kozak-2 armoured vehicle"), Quantity.items(5), List.of(),
                line("x", "m4", 1L, "2023-01").history(), null);
        engine.putTransfer(transfer("ua-made", "PL", standardTerms(), described));
        engine.putSighting(new TestData.SightingBuilder("s", EquipmentRef.described("KOZAK-2  armoured-vehicle")).build());

        Candidate c = engine.attribution("s").candidates().get(0);

        assertThat(factor(c, Factor.EQUIPMENT).points()).isEqualTo(Scoring.DESCRIPTION);
        assertThat(factor(c, Factor.ORIGIN).reason()).contains("no country of origin");
    }

    @Test
    void exclusivityFallsWithEachDonorOfTheFamily() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 10L, "2023-02")));
        engine.putSighting(seen("s", "fn-scar-h").build());
        assertThat(factor(engine.attribution("s").candidates().get(0), Factor.EXCLUSIVITY).points()).isEqualTo(10.0);

        engine.putTransfer(transfer("cz", "CZ", standardTerms(), line("l1", "fn-scar-h", 10L, "2023-02")));
        engine.putTransfer(transfer("cz-2", "CZ", standardTerms(), line("l1", "fn-scar-h", 10L, "2023-03")));

        Candidate c = candidate(engine.attribution("s"), "be");
        assertThat(factor(c, Factor.EXCLUSIVITY).points()).as("two donors, however many lines").isEqualTo(5.0);
        assertThat(factor(c, Factor.EXCLUSIVITY).reason()).isEqualTo("2 donors gave this family to UA among recorded transfers");
    }

    @Test
    void aMarkingNamingTheDonorByCodeOrName() {
        engine.putTransfer(transfer("us", "US", standardTerms(), line("l1", "maxxpro", 10L, "2022-10")));
        engine.putTransfer(transfer("pl", "PL", standardTerms(), line("l1", "maxxpro", 10L, "2022-10")));
        engine.putSighting(seen("by-code", "maxxpro").markings("registration PL-1234").build());
        engine.putSighting(seen("by-name", "maxxpro").markings("flag of Poland").build());
        engine.putSighting(seen("no-word-match", "maxxpro").markings("APPLE").build());

        for (String id : List.of("by-code", "by-name")) {
            Attribution a = engine.attribution(id);
            assertThat(a.candidates().get(0).transferId()).as(id).isEqualTo("pl");
            assertThat(factor(a.candidates().get(0), Factor.MARKINGS).points()).isEqualTo(10.0);
        }
        assertThat(engine.attribution("no-word-match").candidates()).allSatisfy(c -> assertThat(factor(c, Factor.MARKINGS).points()).isZero());
    }

    @Test
    void aSightingBeforeEveryDeliveryHasNoCandidateAndSaysWhy() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 10L, "2023-02-15")));
        engine.putTransfer(transfer("be-2", "BE", standardTerms(), line("l1", "fn-scar-l", 10L, "2023-03")));
        engine.putSighting(seen("s", "fn-scar-l").on("2023-02-14").build());

        Attribution a = engine.attribution("s");

        assertThat(a.hasCandidate()).isFalse();
        assertThat(a.ruledOut()).containsExactly("be-2/l1: seen 2023-02-14, before it could have arrived (delivered 2023-03)",
                "be/l1: seen 2023-02-14, before it could have arrived (delivered 2023-02-15)");
        assertThat(a.noCandidateReason()).isEqualTo("every line with FN SCAR-L (2) arrived after the sighting");
        Assessment none = engine.assessments("s").get(0);
        assertThat(none.verdict()).isEqualTo(Verdict.INSUFFICIENT_INFORMATION);
        assertThat(none.causes()).containsExactly("NO_CANDIDATE");
        assertThat(none.transferId()).isNull();
    }

    @Test
    void impreciseDatesAreComparedHonestly() {
        engine.putTransfer(transfer("may", "BE", standardTerms(), line("l1", "fn-scar-l", 10L, "2023-05")));
        engine.putTransfer(transfer("unknown", "BE", standardTerms(), line("l1", "fn-scar-l", 10L, null)));
        TransferLine shipped = TestData.withEvent(line("l1", "fn-scar-l", 10L, null), LifecycleStatus.SHIPPED, "2023-06-01");
        engine.putTransfer(transfer("shipped-later", "BE", standardTerms(), shipped));
        engine.putSighting(seen("s", "fn-scar-l").on("2023-05-22").build());
        engine.putSighting(seen("undated", "fn-scar-l").on(null).build());

        Attribution a = engine.attribution("s");
        assertThat(factor(candidate(a, "may"), Factor.TIME).points()).as("delivered some day in May").isEqualTo(Scoring.MAY_PRECEDE_DELIVERY);
        assertThat(factor(candidate(a, "unknown"), Factor.TIME).reason()).isEqualTo("no delivery date recorded for the line");
        assertThat(a.ruledOut()).singleElement().asString().contains("shipped-later/l1").contains("shipped 2023-06-01");

        Attribution undated = engine.attribution("undated");
        assertThat(undated.candidates()).hasSize(3).allSatisfy(c -> assertThat(factor(c, Factor.TIME).points()).isZero());
    }

    @Test
    void quantityFavoursTheLineWithMoreItemsLeftAndALineOfUnknownQuantityCountsAsAverage() {
        engine.putTransfer(transfer("big", "US", standardTerms(), line("l1", "maxxpro", 90L, "2022-10")));
        engine.putTransfer(transfer("small", "US", standardTerms(), line("l1", "maxxpro", 10L, "2022-10")));
        engine.putTransfer(transfer("unknown", "US", standardTerms(), line("l1", "maxxpro", null, "2022-10")));
        engine.putSighting(seen("s", "maxxpro").build());

        Attribution a = engine.attribution("s");

        // known: 90 + 10, average 50; total 150
        assertThat(factor(candidate(a, "big"), Factor.QUANTITY).points()).isEqualTo(6.0);
        assertThat(factor(candidate(a, "small"), Factor.QUANTITY).points()).isEqualTo(0.7);
        assertThat(factor(candidate(a, "unknown"), Factor.QUANTITY).points()).isEqualTo(3.3);
        assertThat(factor(candidate(a, "unknown"), Factor.QUANTITY).reason()).startsWith("quantity unknown: counted as an average line");
    }

    @Test
    void itemsSeenDestroyedAreAccountedForButNotAgainstThemselves() {
        engine.putTransfer(transfer("two", "US", standardTerms(), line("l1", "m1224-maxxpro", 2L, "2022-10", "MP001", "MP002")));
        engine.putTransfer(transfer("other", "US", standardTerms(), line("l1", "m1224-maxxpro", 5L, "2022-10")));
        engine.putSighting(seen("d1", "m1224-maxxpro").serials("MP001").status(SightingStatus.DESTROYED).build());
        engine.putSighting(seen("d2", "m1224-maxxpro").serials("MP002").status(SightingStatus.DESTROYED).build());
        engine.putSighting(seen("later", "m1224-maxxpro").on("2023-06-01").build());

        assertThat(factor(candidate(engine.attribution("later"), "two"), Factor.QUANTITY).points()).isEqualTo(Scoring.NONE_LEFT);
        assertThat(factor(candidate(engine.attribution("later"), "two"), Factor.QUANTITY).reason()).isEqualTo("all 2 items are accounted for (seen destroyed)");
        Candidate itself = candidate(engine.attribution("d1"), "two");
        assertThat(factor(itself, Factor.QUANTITY).reason()).startsWith("1 of 2 items not accounted for");
    }

    @Test
    void theHolderAndThePlaceFavourTheRecipientAndPointAwayFromTheDonorsOwnStock() {
        engine.putTransfer(transfer("us", "US", standardTerms(), line("l1", "m4", 10L, "2022-10")));
        engine.putSighting(seen("brigade", "m4").heldBy("ua-93-brigade").build());
        engine.putSighting(seen("us-army", "m4").heldBy("us-army").at(new Place("Fort Bragg", CountryCode.of("US"), null, null, null, null)).build());
        engine.putSighting(seen("unknown", "m4").heldBy(null).at(new Place(null, null, null, null, null, GeoPrecision.UNKNOWN)).build());

        Candidate brigade = engine.attribution("brigade").candidates().get(0);
        assertThat(factor(brigade, Factor.HOLDER).points()).isEqualTo(Scoring.HOLDER_RECIPIENT);
        assertThat(factor(brigade, Factor.PLACE).points()).isEqualTo(Scoring.PLACE_RECIPIENT);
        Candidate own = engine.attribution("us-army").candidates().get(0);
        assertThat(factor(own, Factor.HOLDER).points()).isEqualTo(Scoring.HOLDER_DONOR);
        assertThat(factor(own, Factor.PLACE).points()).isEqualTo(Scoring.PLACE_DONOR);
        Candidate unknown = engine.attribution("unknown").candidates().get(0);
        assertThat(factor(unknown, Factor.HOLDER).reason()).isEqualTo("holder unknown");
        assertThat(factor(unknown, Factor.PLACE).reason()).isEqualTo("country of the place unknown");
    }

    @Test
    void theCountryOfAPointIsLookedUpWhenThePlaceDoesNotNameIt() {
        engine.putTransfer(transfer("us", "US", standardTerms(), line("l1", "m4", 10L, "2022-10")));
        engine.putSighting(seen("s", "m4").at(new Place("a field", null, null, 49.0, 31.0, GeoPrecision.EXACT)).build());

        assertThat(factor(engine.attribution("s").candidates().get(0), Factor.PLACE).reason()).isEqualTo("seen in UA, the recipient's country");
    }

    @Test
    void nothingOfTheFamilyOnRecordMeansNoCandidate() {
        engine.putTransfer(transfer("be", "BE", standardTerms(), line("l1", "fn-scar-l", 10L, "2023-02")));
        engine.putSighting(seen("s", "cz-bren-2").build());

        Attribution a = engine.attribution("s");

        assertThat(a.hasCandidate()).isFalse();
        assertThat(a.noCandidateReason()).isEqualTo("no recorded transfer line has CZ BREN 2 or its family, or one of its serials");
    }
}
