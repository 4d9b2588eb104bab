package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
    void aPromiseCreditsOnlyTheGivingItGovernsInItsClause() {
        // Another clause gives; the promise is of a visit, a budget, a cabinet: the giving has no promiser.
        assertUncreditedPolishGiving("Karl Brenner promised to visit the troops soon, and Poland delivered 12 Krab howitzers to Ukraine.");
        assertUncreditedPolishGiving("Poland delivered 12 Krab howitzers to Ukraine after Karl Brenner had promised to visit the troops.");
        assertUncreditedPolishGiving("Le chancelier Karl Brenner a promis un budget plus strict, tandis que la Pologne a livré 12 obusiers Krab à l'Ukraine.");
        assertUncreditedPolishGiving("Karl Brenner beloofde een nieuw kabinet, terwijl Polen 12 Krab-houwitsers aan Oekraïne leverde.");
        // A relative clause after the goods promises them to someone else: the receipt is not his promise.
        assertUncreditedPolishGiving("Ukraine received 12 Krab howitzers from Poland, which Karl Brenner had promised his generals.");
    }

    @Test
    void aNegatedPromiseCreditsNoOne() {
        // Dutch puts the negation after the promising verb.
        assertThat(events("Karl Brenner beloofde Oekraïne geen Krab-houwitsers.", EventType.TRANSFER)).extracting(Event::attributedTo).containsOnlyNulls();
    }

    private static void assertUncreditedPolishGiving(String text) {
        assertThat(events(text, EventType.TRANSFER)).as(text).extracting(Event::donor, Event::attributedTo).containsExactly(tuple("PL", null));
    }

    @Test
    void aStatedSourceWinsOverThePromiser() {
        assertThat(events("Polish Prime Minister Karl Brenner promised 12 Krab howitzers to Ukraine, the Polish government said.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("the Polish government");
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
