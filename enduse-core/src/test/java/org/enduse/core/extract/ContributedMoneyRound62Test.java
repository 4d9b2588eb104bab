package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Round 62's contributed money (docs/devset.md, "Round 62, events in French and English"): a state contributing funds,
 * money or a sum pledges a transfer; "contribute" to a success or a defence, funds a claim is about, a negated, asked or
 * conditional contribution give nothing. Every sentence is written for this test.
 */
class ContributedMoneyRound62Test {
    private static List<Tuple> transfers(String text) {
        return TestNames.events(text, EventType.TRANSFER).stream().map(e -> tuple(e.donor(), e.recipient(), e.status())).toList();
    }

    @Test
    void statesContributingFundsPledgeThem() {
        assertThat(transfers("Denmark and Sweden contributed money to the initiative for Ukraine."))
                .containsExactly(tuple("DK", "UA", "pledged"), tuple("SE", "UA", "pledged"));
        assertThat(transfers("Le Danemark a contribué de l’argent à l’initiative pour l’Ukraine.")).containsExactly(tuple("DK", "UA", "pledged"));
        assertThat(transfers("La Pologne va contribuer à hauteur de 100 millions d’euros à l’initiative pour l’Ukraine."))
                .containsExactly(tuple("PL", "UA", "pledged"));
    }

    @Test
    void aListOfContributorsTakesTheReceiverToldBefore() {
        assertThat(transfers("The Czech Republic found 500,000 shells that could be sent to Ukraine. "
                + "Since then, Belgium and Germany have contributed funds to the initiative."))
                .contains(tuple("BE", "UA", "pledged"), tuple("DE", "UA", "pledged"));
    }

    @Test
    void aContributionToASuccessOrADefenceGivesNothing() {
        assertThat(transfers("Western weapons have contributed to Ukraine’s success on the battlefield.")).isEmpty();
        assertThat(transfers("Corruption contributed to the loss of weapons sent to Ukraine.")).isEmpty();
        assertThat(transfers("Ces livraisons contribuent à la défense de l’Ukraine.")).isEmpty();
        assertThat(transfers("Only a few nations, including Italy and France, have yet to contribute.")).isEmpty();
    }

    @Test
    void aNegatedAskedOrConditionalContributionGivesNothing() {
        assertThat(transfers("Hungary has not contributed funds to the initiative for Ukraine.")).isEmpty();
        assertThat(transfers("La France n’a pas contribué de fonds à l’initiative pour l’Ukraine.")).isEmpty();
        assertThat(transfers("Did Germany contribute money to the initiative for Ukraine?")).isEmpty();
        assertThat(transfers("If Italy contributes funds to the initiative for Ukraine, more shells will follow.")).isEmpty();
    }

    @Test
    void fundsAClaimIsAboutGiveNothing() {
        assertThat(transfers("Le Kremlin affirme que l’argent envoyé à Kiev disparaît.")).isEmpty();
        assertThat(transfers("Russia froze Ukrainian funds in its banks.")).isEmpty();
    }
}
