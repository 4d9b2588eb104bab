package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A stance verb whose subject follows it ("Это подтвердил министр ...", "Das bestätigte der ... Minister", "De levering
 * bevestigde de Noorse minister") is spoken by that subject, as a verb of saying is (docs/devset.md, round 56). Sentences written
 * for these tests.
 */
class StanceSubjectAfterVerbTest {
    @Test
    void aSlavicConfirmationIsItsSubjectsAfterTheVerb() {
        assertThat(events("Эстония передала Украине партию гаубиц. Это подтвердил министр обороны Эстонии Ханно Певкур.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance, Event::attributedTo)
                .containsExactly(tuple("EE", "confirmation", "министр обороны Эстонии Ханно Певкур"));
        assertThat(events("Литва передала Україні дві зенітні установки NASAMS. Цю інформацію підтвердив міністр оборони Литви Лаурінас Каснюнас.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("LT", "confirmation"));
    }

    @Test
    void aGermanicInversionIsItsSubjectsAfterTheVerb() {
        assertThat(events("De levering bevestigde de Noorse minister van Defensie Bjørn Arild Gram.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("NO", "confirmation"));
        // "der niederländische" after the verb is the subject's nominative, not a dative.
        assertThat(events("Das bestätigte der niederländische Verteidigungsminister Ruben Brekelmans.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("NL", "confirmation"));
    }

    @Test
    void aStateTheVerbAddressesIsNoSpeaker() {
        // The dative is whom the refusal addresses; the state after it is in what is refused: no speaker after the verb.
        assertThat(events("Процедура не позволяет Украине применять эти танки на территории России.", EventType.STATEMENT)).isEmpty();
        // A speaker before the verb stays the speaker.
        assertThat(events("Польща не дозволяє Україні застосовувати ці танки на території Росії.", EventType.STATEMENT))
                .extracting(Event::by, Event::target, Event::stance).containsExactly(tuple("PL", "UA", "denial"));
    }
}
