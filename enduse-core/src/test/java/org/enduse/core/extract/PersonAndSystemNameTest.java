package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Caesar" is both the French howitzer and a call sign in the actor catalog: bare, it is the howitzer, wherever it
 * stands in the sentence; treated as a person (introduced as a name, speaking, described or owning), the person. Sentences written for this test.
 */
class PersonAndSystemNameTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "The soldiers trained on Caesar howitzers in Denmark.",
        "Paris will supply six Caesar self-propelled howitzers to Kyiv.",
        "Denmark will pay for the 155mm self-propelled howitzers Caesar sent to Ukraine.",
        "Caesar deliveries to Ukraine resumed in March.",
        "Ukraine would receive six Caesar self-propelled artillery units from France.",
        "The minister called Caesar howitzers the best artillery Ukraine has."})
    void aBareNameIsTheSystem(String sentence) {
        assertThat(found(sentence, MentionKind.EQUIPMENT)).extracting(Mention::text, Mention::name).containsExactly(tuple("Caesar", "CAESAR"));
        assertThat(found(sentence, MentionKind.PERSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A fighter called Caesar then said weapons had arrived.",
        "A fighter known as Caesar spoke to reporters.",
        "A commander with the call sign Caesar led the raid.",
        "Caesar, a company commander in the brigade, said the raid had begun.",
        "The raid had begun, said Caesar.",
        "Caesar's unit crossed the border at dawn."})
    void aNameTreatedAsAPersonIsThePerson(String sentence) {
        assertThat(found(sentence, MentionKind.PERSON)).extracting(Mention::text).containsExactly("Caesar");
        assertThat(found(sentence, MentionKind.EQUIPMENT)).isEmpty();
    }
}
