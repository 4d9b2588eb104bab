package org.enduse.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.Test;

class SightingQueryTest {
    private static Sighting sighting(String observed, Verification verification) {
        return new Sighting("si_1", EquipmentRef.type("fn-scar-l"), null, List.of(), List.of(), null, PartialDate.parseNullable(observed),
                null, null, verification, List.of(), null);
    }

    private static SightingQuery query(Verification atLeast, String since) {
        return new SightingQuery(null, null, null, null, atLeast, PartialDate.parseNullable(since));
    }

    @Test
    void verificationIsAMinimumLevel() {
        var geolocated = sighting("2023-05-22", Verification.GEOLOCATED);
        assertThat(query(Verification.UNVERIFIED, null).matches(geolocated)).isTrue();
        assertThat(query(Verification.GEOLOCATED, null).matches(geolocated)).isTrue();
        assertThat(query(Verification.CORROBORATED, null).matches(geolocated)).isFalse();
    }

    @Test
    void sinceKeepsSightingsThatMayBeOnOrAfterAndLeavesOutUndatedOnes() {
        assertThat(query(null, "2023-05-22").matches(sighting("2023-05-22", null))).isTrue();
        assertThat(query(null, "2023-05-23").matches(sighting("2023-05-22", null))).isFalse();
        assertThat(query(null, "2023-05-23").matches(sighting("2023-05", null))).isTrue();
        assertThat(query(null, "2023").matches(sighting(null, null))).isFalse();
    }
}
