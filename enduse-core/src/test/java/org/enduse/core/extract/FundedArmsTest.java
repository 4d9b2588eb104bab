package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A state that pays for arms for another pledges them to it (FundedArms, round 58); paying for anything else, a negated,
 * conditional or asked funding, and the nouns of financing give nothing. Sentences written for these tests, run through
 * the whole extractor.
 */
class FundedArmsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Норвегія профінансує нові ракети для України.",
            "Норвегия профинансирует закупку снарядов для Украины.",
            "Norwegen finanziert neue Patriot-Raketen für die Ukraine.",
            "Noorwegen financiert drones voor Oekraïne.",
            "La Norvège financera des systèmes Patriot pour l'Ukraine.",
            "Norway will fund Patriot missiles for Ukraine."})
    void fundingArmsForAStatePledgesThem(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("NO", "UA", "pledged"));
    }

    @Test
    void aGermanPreteriteOfFundingStillPledges() {
        // Money paid is no goods delivered: "finanzierten" is not read as "lieferten" is.
        assertThat(events("Die Niederlande finanzierten Munition für die Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Deutschland finanziert den Wiederaufbau von Schulen für die Ukraine.",
            "Норвегія профінансує відбудову шкіл для України.",
            "Nederland bekostigt de opvang van vluchtelingen uit Oekraïne.",
            "Nederland financiert geen wapens voor Oekraïne.",
            "Norwegen wird keine Waffen für die Ukraine finanzieren.",
            "Norwegen finanziert Waffen für die Ukraine nicht.",
            "Норвегія не профінансує американську зброю для України.",
            "Wird Deutschland weitere Drohnen für die Ukraine finanzieren?",
            "Чи профінансує Норвегія нову зброю для України?",
            "Als Nederland wapens voor Oekraïne financiert, zal Rusland reageren.",
            "If Norway funds weapons for Ukraine, Russia will respond.",
            "Der Finanzminister sprach über die Finanzierung von Waffen für die Ukraine.",
            "Міністр фінансів розповів про фінансування зброї для України.",
            "Le ministre des Finances a parlé de la finance mondiale pour l'Ukraine.",
            "Deutschland finanziert die Beschaffung von Panzern für die Bundeswehr."})
    void fundingAnythingElseOrNotAtAllGivesNothing(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).isEmpty();
    }
}
