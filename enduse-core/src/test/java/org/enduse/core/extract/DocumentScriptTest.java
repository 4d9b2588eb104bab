package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A report's language is written in the script most of its letters are in, even when a quoted post in
 * another language is its one paragraph long enough to be detected alone. Written for this test.
 */
class DocumentScriptTest {
    @Test
    void aUkrainianReportQuotingALongEnglishPostStaysUkrainian() {
        String report = """
                Уряд Норвегії підтвердив, що передасть Україні ще дві системи протиповітряної оборони до кінця року.

                Міністр оборони країни назвав це рішення важливим кроком для захисту українських міст.

                Він додав, що Норвегія обговорить постачання з іншими партнерами найближчим часом.

                We are proud to announce two more air defence systems for Ukraine. Thanks to our partners for the close and swift cooperation. We will keep discussing further support with our allies in the coming weeks and months.
                """;
        assertThat(TestExtractions.language(report)).isEqualTo("uk");
    }

    @Test
    void anEnglishReportQuotingAShortRussianLineStaysEnglish() {
        String report = """
                The Norwegian government confirmed on Tuesday that it will send two more air defence systems to Ukraine before the end of the year, its defence minister said.

                «Это провокация», заявил представитель Кремля.
                """;
        assertThat(TestExtractions.language(report)).isEqualTo("en");
    }
}
