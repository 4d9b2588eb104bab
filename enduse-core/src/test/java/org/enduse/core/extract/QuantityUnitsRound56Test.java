package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Round 56's quantities (docs/devset.md, "Round 56, quantities"): a bare Dutch "granaten" and a German compound of
 * ammunition pieces count rounds, a Slavic agent noun for persons keeps its unit before the body it belongs to, and
 * a French calibre after the noun's adjectives is taken in. Every sentence is written for this test.
 */
class QuantityUnitsRound56Test {
    private static List<Tuple> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY).stream().map(m -> tuple(m.text(), m.unit())).toList();
    }

    @Test
    void aBareDutchGranatenCountsRoundsAndHandGrenadesItems() {
        assertThat(counted("Nederland heeft 50.000 granaten en 2.000 handgranaten aan Oekraïne geleverd."))
                .containsExactly(tuple("50.000 granaten", "rounds"), tuple("2.000 handgranaten", "items"));
    }

    @Test
    void aGermanCompoundOfAmmunitionPiecesCountsRounds() {
        assertThat(counted("Frankreich hat der Ukraine 300.000 Munitionseinheiten geliefert."))
                .containsExactly(tuple("300.000 Munitionseinheiten", "rounds"));
        assertThat(counted("Die Bundeswehr schickte 20 Munitionstransporteinheiten in die Ukraine."))
                .as("vehicles for ammunition are no rounds").containsExactly(tuple("20 Munitionstransporteinheiten", "items"));
    }

    @Test
    void aSlavicAgentNounCountsPersonsBeforeTheBodyTheyBelongTo() {
        assertThat(counted("На встречу пришли 40 представителей оппозиции.")).containsExactly(tuple("40 представителей оппозиции", "persons"));
        assertThat(counted("На зустріч прийшли 25 представників опозиції.")).containsExactly(tuple("25 представників опозиції", "persons"));
    }

    @Test
    void aFrenchCalibreAfterTheAdjectivesIsPartOfWhatIsCounted() {
        assertThat(counted("La Belgique a livré à l'Ukraine 2.000 munitions éclairantes de 120 mm."))
                .containsExactly(tuple("2.000 munitions éclairantes de 120 mm", "rounds"));
    }
}
