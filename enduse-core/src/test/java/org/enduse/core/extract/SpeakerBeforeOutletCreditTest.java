package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.bundledEvents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that points back to the one before ("Про це повідомляє Укрінформ", "Об этом сообщает ТАСС", "Das berichtet
 * die dpa") credits its outlet only to the events that sentence left uncredited: a speaker named there keeps the credit,
 * the outlet having carried his words (round 59). A role or body speaking under a negation is credited without it.
 * Sentences written for this test, through the bundled catalog as `extract` reads.
 */
class SpeakerBeforeOutletCreditTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Міністр оборони Литви Арвидас Анушаускас заявив, що Литва передасть Україні 10 бронетранспортерів. Про це повідомляє Укрінформ. | Міністр оборони Литви Арвидас Анушаускас
        Премьер-министр Чехии Петр Фиала заявил, что Чехия передаст Украине 20 гаубиц. Об этом сообщает ТАСС. | Премьер-министр Чехии Петр Фиала
        Verteidigungsminister Boris Pistorius sagte, Deutschland werde der Ukraine 20 Marder liefern. Das berichtet die dpa. | Verteidigungsminister Boris Pistorius
        Як заявив Зеленський, Україна вже отримала перші танки Abrams від США. Про це повідомляє Укрінформ. | Зеленський
        """)
    void theSpeakerOfTheSentenceBeforeKeepsTheCredit(String text, String credit) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsExactly(credit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Литва передала Україні 10 бронетранспортерів. Про це повідомляє Укрінформ. | Укрінформ
        Норвегия передаст Украине восемь танков Leopard. Об этом сообщает ТАСС. | ТАСС
        По данным Bloomberg, США передадут Украине 30 танков Abrams. Об этом сообщает ТАСС. | Bloomberg
        Deutschland hat der Ukraine 20 Marder geliefert. Das berichtet die dpa. | dpa
        Germany has delivered 20 Marder vehicles to Ukraine. This was reported by Reuters. | Reuters
        """)
    void withNoSpeakerBeforeTheOutletIsTheCredit(String text, String credit) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsExactly(credit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Министерство обороны Литвы не уточнило, когда Литва передаст Украине 10 бронетранспортеров. | Министерство обороны Литвы
        The German defence ministry has not said when Germany will deliver 20 Marder vehicles to Ukraine. | The German defence ministry
        A Pentagon spokesman did not say when the United States would deliver 31 Abrams tanks to Ukraine. | A Pentagon spokesman
        The German defence ministry would not say when Germany will deliver 20 Marder vehicles to Ukraine. | The German defence ministry
        """)
    void aNegationBeforeTheVerbIsNoPartOfTheBodysCredit(String text, String credit) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsExactly(credit);
    }

    /** Review 59a: what a body did not confirm or say is not its word; the outlet that carried it may take the credit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Министр обороны Литвы не подтвердил, что Литва передаст Украине 10 бронетранспортеров.
        Het ministerie van Defensie heeft niet bevestigd dat Nederland 10 pantservoertuigen aan Oekraïne heeft geleverd.
        The Pentagon has not officially confirmed that the United States delivered 31 Abrams tanks to Ukraine.
        Die Bundesregierung hat nie bestätigt, dass Deutschland der Ukraine Taurus geliefert hat.
        Le ministère lituanien de la Défense n'a pas confirmé que la Lituanie a livré 10 blindés à l'Ukraine.
        """)
    void aBodyIsNoCreditForWhatItDidNotConfirm(String text) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsOnlyNulls();
    }

    /** Review 60d: a question asks about a claim and a condition's subject has not made it yet; neither is its credit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Did the ministry say that Germany delivered 20 Marder vehicles to Ukraine?
        Haben die Behörden erklärt, dass Deutschland der Ukraine 20 Marder geliefert hat?
        Чи заявило міністерство, що Литва передала Україні 10 бронетранспортерів?
        If the ministry announces that Germany will deliver 20 Marder vehicles to Ukraine, Russia will respond.
        Если министерство объявит, что Литва передаст Украине 10 бронетранспортеров, Россия ответит.
        """)
    void aQuestionOrAConditionCreditsNoBody(String text) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).isNotEmpty().extracting(Event::attributedTo).containsOnlyNulls();
    }

    /** A negated verb that ends the sentence has nothing after it to look at. */
    @Test
    void aNegatedVerbAtTheEndOfTheSentence() {
        String text = "Литва передаст Украине 10 бронетранспортеров, министерство обороны Литвы не подтвердило";
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).hasSize(1);
    }

    @Test
    void anOutletCarriesWhatTheBodyDidNotConfirm() {
        String text = "Министерство обороны Литвы не подтвердило, что Литва передала Украине 10 бронетранспортеров. Об этом сообщает ТАСС.";
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsExactly("ТАСС");
    }
}
