package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A yes/no question asks whether arms are given and tells no transfer; a question word asks about a giving it takes as
 * given, and a statement, or a question after it, keeps its transfer. Sentences written for this test.
 */
class YesNoQuestionTransferTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Will Germany send Taurus missiles to Ukraine?",
        "Did Poland deliver 60 tanks to Ukraine?",
        "Heeft Nederland F-16's aan Oekraïne geleverd?",
        "Liefert Deutschland der Ukraine bald zehn Leopard-Panzer?",
        "Krijgt Oekraïne dan toch HIMARS-raketwerpers van de Verenigde Staten?",
        "Est-ce que la France livrera des chars Leclerc à l'Ukraine ?",
        "La Norvège livrera-t-elle des missiles NASAMS à l'Ukraine ?",
        "Чи передасть Німеччина Україні ракети Taurus?",
        "Передаст ли Германия Украине ракеты Taurus?",
        "Must Germany send Taurus missiles to Ukraine?",
        "Soll Deutschland der Ukraine Taurus-Marschflugkörper liefern?",
        "Moet Nederland meer F-16's aan Oekraïne leveren?"})
    void aYesNoQuestionIsNoTransfer(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Germany will send Taurus missiles to Ukraine.",
        "When will Germany send Taurus missiles to Ukraine?",
        "Wann liefert Deutschland der Ukraine die Leopard-Panzer?",
        "Quand l'Allemagne livrera-t-elle des chars Leopard à l'Ukraine ?",
        "Will France follow now that Germany has sent 20 tanks to Ukraine?",
        "Lieferungen von 18 Leopard-Panzern an die Ukraine: Wann kommen die nächsten?",
        "Combien de canons Caesar la France livrera-t-elle à l'Ukraine ?"})
    void aStatementOrAQuestionWordKeepsTheTransfer(String sentence) {
        assertThat(events(sentence, EventType.TRANSFER)).hasSize(1);
    }
}
