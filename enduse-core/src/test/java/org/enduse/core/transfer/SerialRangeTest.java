package org.enduse.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.junit.jupiter.api.Test;

class SerialRangeTest {
    @Test
    void aRangeContainsItsSerialsWhateverTheWayTheyAreWritten() {
        SerialRange r = SerialRange.parse("FN-123400..FN-123499");
        assertThat(r.size()).isEqualTo(BigInteger.valueOf(100));
        assertThat(r.contains("FN 123450")).isTrue();
        assertThat(r.contains("fn123499")).isTrue();
        assertThat(r.contains("FN123500")).isFalse();
        assertThat(r.contains("XX123450")).isFalse();
    }

    @Test
    void normalisingForgivesTheUsualMisreadings() {
        assertThat(SerialNumbers.normalise("O1-I23 4")).isEqualTo("011234");
        assertThat(SerialRange.single("AB-0I5").contains("ab 015")).isTrue();
    }

    @Test
    void rangesMustBeWellFormed() {
        assertThatThrownBy(() -> SerialRange.parse("A100..B200")).hasMessageContaining("same prefix");
        assertThatThrownBy(() -> SerialRange.parse("A200..A100")).hasMessageContaining("runs backwards");
    }

    @Test
    void aLineRejectsASerialListedTwiceAndMoreSerialsThanItems() {
        var equipment = EquipmentRef.type("fn-scar-l");
        assertThatThrownBy(() -> new TransferLine("l1", equipment, Quantity.items(10),
                List.of(SerialRange.parse("A100..A105"), SerialRange.single("A-103")), List.of(), null))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new TransferLine("l1", equipment, Quantity.items(2),
                List.of(SerialRange.parse("A100..A105")), List.of(), null))
                .hasMessageContaining("6 serials listed for a quantity of 2");
    }

    @Test
    void theStatusIsTheLatestEventInDateOrder() {
        var line = new TransferLine("l1", EquipmentRef.type("m1224-maxxpro"), Quantity.unknown(QuantityUnit.ITEMS), List.of(),
                List.of(new LifecycleEvent(LifecycleStatus.DELIVERED, org.enduse.core.common.PartialDate.parse("2023-03"), null, null),
                        new LifecycleEvent(LifecycleStatus.PLEDGED, org.enduse.core.common.PartialDate.parse("2023-01-19"), null, null)),
                null);
        assertThat(line.status()).isEqualTo(LifecycleStatus.DELIVERED);
        assertThat(line.firstReached(LifecycleStatus.DELIVERED).date().toString()).isEqualTo("2023-03");
    }
}
