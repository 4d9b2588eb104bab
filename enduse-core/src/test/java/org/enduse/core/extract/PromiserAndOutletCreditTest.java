package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Credits of a transfer's own sentence as the real-report labellers write them (docs/devset.md, round 55): a person
 * who promises the giving, as one who announces it; an outlet named again by its medium's noun ("the German magazine
 * reported"); a role or body after its verb without the date that closes the clause. Short texts written for these
 * tests, through the whole extractor with the test dictionary.
 */
class PromiserAndOutletCreditTest {
    @Test
    void aPersonWhoPromisesTheGivingIsItsCredit() {
        assertThat(events("German Chancellor Karl Brenner pledged to provide IRIS-T systems to Ukraine in June.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("German Chancellor Karl Brenner");
        assertThat(events("En juin, le chancelier allemand Karl Brenner avait promis à Kiev la livraison de systèmes IRIS-T.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("le chancelier allemand Karl Brenner");
        assertThat(events("De Duitse bondskanselier Karl Brenner beloofde Oekraïne in juni IRIS-T-systemen.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("De Duitse bondskanselier Karl Brenner");
    }

    @Test
    void aStatePromisingGivesNoCredit() {
        assertThat(events("Germany pledged to provide IRIS-T systems to Ukraine in June.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnlyNulls();
    }

    @Test
    void anOutletNamedByItsMediumNounIsCreditedByThoseWords() {
        assertThat(events("The IRIS-T system was handed over to the Ukrainian army by Germany on Tuesday, the German magazine reported.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsExactly("the German magazine");
        // A company's noun is no outlet: a maker speaks of its own products, and is not read so.
        assertThat(events("The IRIS-T system was handed over to the Ukrainian army by Germany on Tuesday, the German manufacturer reported.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsOnlyNulls();
    }

    @Test
    void aDateClosingTheSpeakersClauseIsLeftOutOfTheCredit() {
        assertThat(events("L'Allemagne va livrer des chars Leopard 1 à l'Ukraine, a annoncé le ministère de la Défense mardi.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("le ministère de la Défense");
    }
}
