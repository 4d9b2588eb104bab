package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Where a credit's words end: an auxiliary is the clause's verb, never part of the speaker or the source, and German
 * "zufolge" credits the words before it. Sentences written for these tests, test dictionary.
 */
class CreditWordsEndTest {
    @Test
    void aGermanOrDutchSubjectAfterTheFrontedAuxiliaryIsTheSpeaker() {
        assertThat(events("Mitte Januar hatte die Regierung von Dänemark angekündigt, dass es der Ukraine 19 Caesar-Haubitzen abgeben werde.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsOnly("die Regierung von Dänemark");
        assertThat(events("Gestern hat die Regierung erklärt, dass Deutschland der Ukraine 14 Leopard-Panzer liefern werde.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnly("die Regierung");
    }

    @Test
    void anAuxiliaryAndTheAdverbAfterItAreTheVerbsNotTheSpeakers() {
        assertThat(events("Les responsables tchèques ont toutefois précisé que 180 000 obus seraient livrés à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnly("Les responsables tchèques");
        assertThat(events("The Defense Ministry could soon announce that Ukraine received 31 Abrams tanks.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnly("The Defense Ministry");
    }

    @Test
    void anAuxiliaryEndsANameAfterACue() {
        assertThat(events("Volgens Militairwatch werd de Nederlandse pantserwagen in Oekraïne vernietigd.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsOnly("Militairwatch");
    }

    @Test
    void zufolgeCreditsTheNounPhraseBeforeIt() {
        assertThat(events("Tschechien hat der Ukraine einem Medienbericht zufolge Kampfpanzer geliefert.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnly("einem Medienbericht");
        assertThat(events("Pistorius zufolge hat Deutschland der Ukraine 14 Leopard-Panzer geliefert.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnly("Pistorius");
    }

    @Test
    void doesNotCreditAPronounBeforeZufolgeNorTheGoodsAfterIt() {
        assertThat(events("Tschechien hat der Ukraine ihnen zufolge Kampfpanzer geliefert.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnlyNulls();
    }

    @Test
    void doesNotReadASubjectInsideAQuestionOrAfterAnotherWord() {
        // "a-t-il": the pronoun after the auxiliary asks; "ont Paris précisé" holds a name between auxiliary and verb.
        assertThat(events("Le gouvernement a-t-il annoncé que la France livrera six canons Caesar à l'Ukraine ?", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("Le gouvernement");
        assertThat(events("Les responsables tchèques ont Paris précisé que 180 000 obus seraient livrés à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).doesNotContain("Les responsables tchèques", "Les responsables tchèques ont Paris");
        // A German subject before its auxiliary stays whole, the date after it aside.
        assertThat(events("Mitte Januar hatte Deutschland angekündigt, dass es der Ukraine 14 Leopard-Panzer liefern werde.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnlyNulls();
    }
}
