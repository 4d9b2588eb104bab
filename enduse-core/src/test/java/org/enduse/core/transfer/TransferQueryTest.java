package org.enduse.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.Test;

class TransferQueryTest {
    private static Transfer transfer(String announced, String... events) {
        var history = java.util.Arrays.stream(events).map(TransferCsv::event).toList();
        var line = new TransferLine("l1", EquipmentRef.type("maxxpro"), Quantity.items(10), List.of(), history, null);
        return new Transfer("tr_1", null, CountryCode.of("US"), CountryCode.of("UA"), null, PartialDate.parseNullable(announced), null,
                List.of(line), null, List.of(), null);
    }

    private static boolean since(String date, Transfer t) {
        return new TransferQuery(null, null, null, null, PartialDate.parse(date)).matches(t);
    }

    @Test
    void sinceKeepsTransfersAnnouncedOrActiveOnOrAfterTheDate() {
        assertThat(since("2023-05", transfer("2023-05-01"))).isTrue();
        assertThat(since("2023-05", transfer("2023-04-30"))).isFalse();
        assertThat(since("2023-05", transfer("2023-01", "pledged@2023-01", "delivered@2023-06-02"))).isTrue();
        assertThat(since("2023-05", transfer(null, "delivered@2023-04"))).isFalse();
    }

    @Test
    void anImpreciseDateCountsWhenItMayFallOnOrAfter() {
        assertThat(since("2023-05-22", transfer("2023"))).isTrue();
        assertThat(since("2023-05-22", transfer("2023-05"))).isTrue();
        assertThat(since("2024", transfer("2023"))).isFalse();
        assertThat(since("2023-05", transfer(null))).isFalse();
    }
}
