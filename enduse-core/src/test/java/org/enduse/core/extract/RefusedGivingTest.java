package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/** A giving refused is its giver's denial, not a transfer (docs/devset.md, round 55). Sentences written for these tests. */
class RefusedGivingTest {
    @Test
    void aRefusalWordBeforeTheGivingVerbIsADenial() {
        for (String[] refusal : new String[][] {
                {"Berlin repeated its refusal to deliver Leopard 2 tanks to Ukraine.", "DE"},
                {"Sweden refrained from sending Archer howitzers to Ukraine.", "SE"},
                {"La Belgique s'abstient de fournir des F-16 à l'Ukraine.", "BE"},
                {"Hongarije herhaalde zijn weigering om wapens aan Oekraïne te leveren.", "HU"},
                {"Угорщина відмовлялася постачати Україні зброю.", "HU"},
                {"Венгрия отказывалась поставлять Украине оружие.", "HU"}}) {
            assertThat(events(refusal[0], EventType.STATEMENT)).as(refusal[0])
                    .extracting(Event::by, Event::stance).containsExactly(tuple(refusal[1], "denial"));
            assertThat(events(refusal[0], EventType.TRANSFER)).as(refusal[0]).isEmpty();
        }
    }

    @Test
    void aRefusedGivingOutweighsTheDangerItIsExplainedBy() {
        // "загроза" (a danger) would make the speaker's words a condemnation; the refusal is what the sentence says.
        assertThat(events("Берлін пояснив, що Німеччина не може передати Україні системи Patriot, оскільки існує загроза ескалації.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("DE", "denial"));
    }

    @Test
    void aNegatedStanceVerbLeavesNoStanceToImply() {
        assertThat(events("Dit laatste is overigens nog niet door het Witte Huis bevestigd.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void ukrainianFutureGivingIsAGivingVerb() {
        assertThat(events("Британія не надсилатиме Україні нові гаубиці M777.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("GB", "denial"));
        assertThat(events("Британія надсилатиме Україні нові гаубиці M777.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("GB", "UA", "pledged"));
    }

    @Test
    void aDutchPassiveBlockIsItsAgentsDenial() {
        assertThat(events("De levering van munitie werd geblokkeerd door Hongarije.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("HU", "denial"));
    }
}
