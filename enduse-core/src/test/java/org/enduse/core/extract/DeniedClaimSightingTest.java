package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sighting told in the clause a denial takes as its object ("denied claims that ...", "заперечив, що ...") is not
 * asserted: the denial is the event. A negated denial, a confirmation, or a denial after the sighting keeps it. Sentences
 * written for this test.
 */
class DeniedClaimSightingTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Russia denied claims that its forces had captured Bradley vehicles.",
        "Kyiv denied reports that Ukrainian forces had used Bradley vehicles in Russia.",
        "Het Kremlin ontkende dat Russische troepen Bradley-voertuigen hadden buitgemaakt.",
        "Київ заперечив, що українські військові використовували бойові машини Bradley у Росії."})
    void theDeniedSightingIsNoSighting(String sentence) {
        assertThat(events(sentence, EventType.SIGHTING)).isEmpty();
        assertThat(events(sentence, EventType.STATEMENT)).singleElement().satisfies(e -> assertThat(e.stance()).isEqualTo("denial"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia did not deny that its forces had captured Bradley vehicles.",
        "The Pentagon confirmed that Russian forces had captured Bradley vehicles.",
        "Russian forces had captured Bradley vehicles, which Kyiv denied."})
    void theAssertedSightingStays(String sentence) {
        assertThat(events(sentence, EventType.SIGHTING)).hasSize(1);
    }
}
