package org.enduse.store.sqlite;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateField;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.CandidateStatus;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.sighting.Verification;
import org.enduse.core.source.Source;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Purpose;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/** Records with every field set, so a round trip that drops one shows. */
public final class Samples {
    private Samples() {}

    public static Transfer transfer(String id) {
        var line = new TransferLine("l1", new EquipmentRef("fn-scar-l", "FN SCAR-L rifles"), new Quantity(new BigDecimal("200"), QuantityUnit.ITEMS),
                List.of(SerialRange.parse("FN100..FN199"), SerialRange.single("FN-7")),
                List.of(new LifecycleEvent(LifecycleStatus.PLEDGED, PartialDate.parse("2023-01"), "src_a", "package announced"),
                        new LifecycleEvent(LifecycleStatus.DELIVERED, PartialDate.parse("2023-03-02"), null, null)),
                "first batch");
        var ammo = new TransferLine("l2", EquipmentRef.described("5.56 mm ammunition"), new Quantity(new BigDecimal("1.5"), QuantityUnit.TONNES),
                List.of(), List.of(), null);
        return new Transfer(id, "Package 14", CountryCode.of("BE"), CountryCode.of("UA"), CountryCode.of("NL"), PartialDate.parse("2023"),
                Money.of("90000000", "EUR"), List.of(line, ammo),
                new EndUseTerms(List.of("UA"), List.of("ua-afu", "ua-ngu"), Purpose.SELF_DEFENCE, true, false, PartialDate.parse("2030-12")),
                List.of("src_a", "src_b"), "note; with a semicolon");
    }

    public static Sighting sighting(String id) {
        return new Sighting(id, EquipmentRef.type("fn-scar-l"), Quantity.items(2), List.of("tactical sign Z", "flag"), List.of("FN150", "FN151"),
                new Place("Kozinka", CountryCode.of("RU"), "RU-BEL", 50.4567, 36.8912, GeoPrecision.SETTLEMENT), PartialDate.parse("2023-05-22"),
                new ActorRef("rdk", "Russian Volunteer Corps"), SightingStatus.IN_USE, Verification.GEOLOCATED, List.of("src_a"), "seen in a video");
    }

    public static Source source(String id) {
        return new Source(id, "https://example.org/report", "A report", "Example Outlet", "en", Instant.parse("2023-05-23T10:00:00Z"),
                Instant.parse("2023-05-24T08:30:00Z"), "a".repeat(64));
    }

    /** A pending sighting candidate from the given source. */
    public static Candidate candidate(String id, String sourceId) {
        return new Candidate(id, CandidateKind.SIGHTING, CandidateStatus.PENDING, sourceId, 0, "en", 0.8, 0, 10, null,
                Map.of(CandidateField.COUNTRY, "RU"), null, null, null, null);
    }
}
