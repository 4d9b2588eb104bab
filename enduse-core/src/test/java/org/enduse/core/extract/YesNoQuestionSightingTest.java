package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A yes/no question asks whether arms were used or captured and asserts no sighting; a question word asks about a
 * sighting it takes as given, and a statement stays one. Sentences written for this test.
 */
class YesNoQuestionSightingTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Have Ukrainian forces used Bradley vehicles in Russia?",
        "Чи використовували українці бойові машини Bradley у Росії?",
        "Использовала ли Украина боевые машины Bradley в России?",
        "А использовала ли Украина боевые машины Bradley в России?",
        "Hat die Ukraine Bradley-Schützenpanzer in Russland eingesetzt?",
        "L'Ukraine a-t-elle utilisé des véhicules Bradley en Russie ?"})
    void aYesNoQuestionIsNoSighting(String sentence) {
        assertThat(events(sentence, EventType.SIGHTING)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ukrainian forces used Bradley vehicles in Russia.",
        "Do you know where Russian forces used the captured Bradley vehicles?",
        "Чи знають у Києві, що росіяни використовували трофейні бойові машини Bradley?",
        "Quelles armes la Russie a-t-elle capturées près d'Avdiïvka?"})
    void aStatementOrAQuestionWordKeepsTheSighting(String sentence) {
        assertThat(events(sentence, EventType.SIGHTING)).hasSize(1);
    }
}
