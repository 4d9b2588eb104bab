package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * A participle after the goods ("howitzers provided by Sweden") names its giver as the passive's agent; a state before the
 * goods is the clause's subject, not a word on them, and gives nothing. Only a country word written onto the goods
 * ("American M777", "obusiers français") names the giver before the participle. One short sentence each, written for these tests.
 */
class PassiveAgentOfGoodsTest {
    @Test
    void thePassivesAgentGivesWhenTheSubjectStandsBeforeTheGoods() {
        assertThat(events("Ukraine uses howitzers provided by Sweden.", EventType.TRANSFER)).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("SE", "UA"));
        assertThat(events("L’Ukraine utilise des obusiers fournis par la France.", EventType.TRANSFER)).extracting(Event::donor)
                .containsExactly("FR");
        assertThat(events("Ukraine will get rifles supplied by Finland.", EventType.TRANSFER)).extracting(Event::donor, Event::status)
                .containsExactly(tuple("FI", "pledged"));
    }

    @Test
    void theStateRightBeforeTheGoodsHoldsThemNotTheSpeaker() {
        assertThat(events("Russia says Ukraine used missiles supplied by Britain.", EventType.TRANSFER)).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("GB", "UA"));
    }

    @Test
    void goodsReceivedFromTheAgentAreOneTransfer() {
        assertThat(events("Ukraine has received weapons provided by Norway.", EventType.TRANSFER)).extracting(Event::donor, Event::recipient)
                .containsExactly(tuple("NO", "UA"));
    }

    @Test
    void aCountryWordOnTheGoodsStillGivesThem() {
        assertThat(events("American M777 howitzers supplied to Ukraine have arrived.", EventType.TRANSFER)).extracting(Event::donor)
                .containsExactly("US");
        assertThat(events("Les obusiers français livrés à l’Ukraine sont arrivés.", EventType.TRANSFER)).extracting(Event::donor)
                .containsExactly("FR");
    }

    @Test
    void withNoAgentTheCountryBeforeTheGoodsStillGives() {
        assertThat(events("Zelensky thanked Britain for the missiles supplied to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("GB", "UA"));
    }

    @Test
    void theSubjectActingOnGoodsGivenToItGivesNothing() {
        assertThat(events("Ukraine uses howitzers provided to it last year.", EventType.TRANSFER)).extracting(Event::donor).doesNotContain("UA");
        assertThat(events("Russia destroyed howitzers supplied to Ukraine.", EventType.TRANSFER)).extracting(Event::donor).doesNotContain("RU");
        assertThat(events("Poland says weapons sent to Ukraine were not used in Russia.", EventType.TRANSFER)).extracting(Event::donor)
                .doesNotContain("PL");
    }
}
