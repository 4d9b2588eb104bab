package org.enduse.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.enduse.core.transfer.SerialRange;
import org.junit.jupiter.api.Test;

class SerialReadingTest {
    @Test
    void anExactReadingMatchesDespiteDashesSpacesAndLetterDigitConfusion() {
        SerialReading r = SerialReading.of("fn-I23 4O6");
        assertThat(r.isPartial()).isFalse();
        assertThat(r.fits(SerialRange.single("FN123406"))).isTrue();
        assertThat(r.fits(SerialRange.parse("FN123400..FN123499"))).isTrue();
        assertThat(r.fits(SerialRange.parse("FN123500..FN123599"))).isFalse();
    }

    @Test
    void aPartialReadingMatchesASingleSerialByItsReadableFragments() {
        assertThat(SerialReading.of("FN12??56").fits(SerialRange.single("FN-123456"))).isTrue();
        assertThat(SerialReading.of("*3456").fits(SerialRange.single("FN123456"))).isTrue();
        assertThat(SerialReading.of("\u20263456").fits(SerialRange.single("FN123456"))).isTrue();
        assertThat(SerialReading.of("FN12...").fits(SerialRange.single("FN123456"))).isTrue();
        assertThat(SerialReading.of("*3457").fits(SerialRange.single("FN123456"))).isFalse();
        assertThat(SerialReading.of("FN12??5").fits(SerialRange.single("FN123456"))).as("one character short").isFalse();
    }

    @Test
    void aPartialReadingMatchesARangeWithoutListingIt() {
        SerialRange million = SerialRange.parse("AB0000000..AB0999999");
        assertThat(SerialReading.of("AB07??123").fits(million)).isTrue();
        assertThat(SerialReading.of("AB1*").fits(million)).as("every number starts with 0").isFalse();
        assertThat(SerialReading.of("*99999").fits(million)).isTrue();
        assertThat(SerialReading.of("FN12??56").fits(SerialRange.parse("FN123400..FN123499"))).isTrue();
        assertThat(SerialReading.of("FN12??56").fits(SerialRange.parse("FN123500..FN123549"))).as("123456 is below, 123556 above").isFalse();
        assertThat(SerialReading.of("FN1235?6").fits(SerialRange.parse("FN123500..FN123549"))).isTrue();
        assertThat(SerialReading.of("FN1235?9").fits(SerialRange.parse("FN123500..FN123508"))).isFalse();
        assertThat(SerialReading.of("XX*").fits(SerialRange.parse("FN123400..FN123499"))).isFalse();
    }

    @Test
    void tooLittleReadableMatchesNothing() {
        SerialReading r = SerialReading.of("??-?5");
        assertThat(r.isUsable()).isFalse();
        assertThat(r.fits(SerialRange.single("12345"))).isFalse();
    }

    @Test
    void smallestNumberAtLeastABoundFittingAMask() {
        assertThat(SerialReading.smallestAtLeast("123400", "12??56")).isEqualTo("123456");
        assertThat(SerialReading.smallestAtLeast("123460", "12??56")).isEqualTo("123556");
        assertThat(SerialReading.smallestAtLeast("129960", "12??56")).isNull();
        assertThat(SerialReading.smallestAtLeast("000", "???")).isEqualTo("000");
    }
}
