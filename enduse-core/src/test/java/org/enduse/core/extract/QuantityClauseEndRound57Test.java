package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Round 57's quantities (docs/devset.md, "Round 57, quantities"): a word opening a clause ("que", "which", "die")
 * or an article ends what a number counts, where before a capitalised word after it passed for a designation or the
 * noun counted. Every sentence is written for this test.
 */
class QuantityClauseEndRound57Test {
    private static List<Tuple> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY).stream().map(m -> tuple(m.text(), m.unit())).toList();
    }

    @Test
    void aFrenchQueAfterTheNumberLeavesTheNumberAlone() {
        assertThat(counted("Le Canada a envoyé quatre obusiers à l’Ukraine, sur les 37 que possède son armée."))
                .containsExactly(tuple("quatre obusiers", "items"), tuple("37", "items"));
    }

    @Test
    void aRelativeClauseAfterTheNounIsNoDesignation() {
        assertThat(counted("Norway has sent Ukraine 12 trucks which the NK9 plant built.")).containsExactly(tuple("12 trucks", "items"));
        assertThat(counted("Oekraïne heeft zes houwitsers gekregen die het NK9-depot had opgeslagen."))
                .containsExactly(tuple("zes houwitsers", "items"));
    }

    @Test
    void anArticleBeforeACapitalisedWordEndsTheCount() {
        assertThat(counted("The aid bill for Ukraine was backed by 142 MPs from the NK9 bloc.")).containsExactly(tuple("142 MPs", "persons"));
    }

    @Test
    void aGermanGenitiveArticleStillLeadsToTheClass() {
        assertThat(counted("Belgien hat der Ukraine zwei Minenjagdboote der Alkmaar-Klasse übergeben."))
                .containsExactly(tuple("zwei Minenjagdboote der Alkmaar-Klasse", "items"));
    }
}
