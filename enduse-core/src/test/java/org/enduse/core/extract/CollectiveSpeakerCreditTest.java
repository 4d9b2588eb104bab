package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.bundledEvents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The authorities or the media as a whole, speaking as a verb's subject, are credited by their words as written
 * ("Local media reported that", "les autorités ukrainiennes ont déclaré que", "Власти Чехии отметили"; round 60),
 * as a role or a body's head word is. Sentences written for this test, through the bundled catalog as `extract` reads.
 */
class CollectiveSpeakerCreditTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Local media reported that Germany delivered 20 Leopard tanks to Ukraine. | Local media
        The Ukrainian authorities said that Poland had delivered 14 tanks to Ukraine. | The Ukrainian authorities
        Les autorités ukrainiennes ont déclaré que la France avait livré 12 canons Caesar à l'Ukraine. | Les autorités ukrainiennes
        Власти Чехии отметили, что Чехия передаст Украине вертолеты. | Власти Чехии
        Влада Чехії заявила, що Чехія передасть Україні гелікоптери. | Влада Чехії
        """)
    void theAuthoritiesOrTheMediaSpeaking(String text, String credit) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsExactly(credit);
    }

    /** Whom one spoke to, what they did not confirm, and the media as a modifier in another clause are no credit of theirs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        The authorities did not confirm that Germany delivered 20 Leopard tanks to Ukraine.
        Les autorités ukrainiennes n'ont pas confirmé que la France avait livré des canons Caesar.
        Власти Чехии не подтвердили, что Чехия передаст Украине вертолеты.
        Die deutschen Behörden haben nicht bestätigt, dass Deutschland Panzer an die Ukraine geliefert hat.
        This came amid media reports that Germany delivered 20 Leopard tanks to Ukraine.
        """)
    void noCreditOfTheirs(String text) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsOnlyNulls();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Scholz told the media that Germany delivered 20 Leopard tanks to Ukraine. | Scholz
        Le ministre a déclaré aux médias que la France livrera des canons Caesar à l'Ukraine. | Le ministre
        Министр заявил властям Чехии, что Чехия передаст Украине вертолеты. | Министр
        Міністр повідомив владі, що Чехія передасть Україні гелікоптери. | Міністр
        """)
    void theMediaOrAuthoritiesSpokenToAreNotTheSpeaker(String text, String credit) {
        assertThat(bundledEvents(text, EventType.TRANSFER)).as(text).extracting(Event::attributedTo).containsExactly(credit);
    }
}
