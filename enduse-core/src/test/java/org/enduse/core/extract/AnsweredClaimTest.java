package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body that denies "claims" or "reports" answers someone else's words: the noun after its stance verb is no verb of
 * reporting that would make the body a credit only, and no audit the body issued. Sentences written for this test.
 */
class AnsweredClaimTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Ukraine's foreign ministry rejected claims that Western weapons were being resold.",
        "The Ukrainian foreign ministry denied claims that Western weapons were being resold.",
        "The Ukrainian foreign ministry rejected the reports."})
    void theBodyDenies(String sentence) {
        assertThat(events(sentence, EventType.STATEMENT)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo("UA"))
                .satisfies(e -> assertThat(e.stance()).isEqualTo("denial"));
        assertThat(events(sentence, EventType.INQUIRY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kyiv a démenti les informations selon lesquelles des armes occidentales seraient revendues.",
        "Kyiv rejected reports according to which Western weapons were resold."})
    void aCueOpeningTheClaimNamesNoSource(String sentence) {
        assertThat(events(sentence, EventType.STATEMENT)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo("UA"))
                .satisfies(e -> assertThat(e.attributedTo()).isNull());
    }

    @Test
    void aReportTheBodyPublishesIsStillItsAudit() {
        assertThat(events("The Pentagon inspector general published a report on the tracking of weapons.", EventType.INQUIRY))
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo("audit"));
    }

    @Test
    void anOutletBeforeItsVerbStaysTheCredit() {
        assertThat(events("Reuters claims that Germany will send tanks to Ukraine.", EventType.TRANSFER))
                .singleElement().satisfies(e -> assertThat(e.attributedTo()).isEqualTo("Reuters"));
    }
}
