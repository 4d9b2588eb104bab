package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An English country adjective written apart right after a giving verb ("will send American tanks") stands where a
 * receiver may stand ("has sent Ukraine tanks"); it yields to a receiver "to" marks in its clause, and a state does not
 * send to itself. Sentences written for this test.
 */
class GoodsAdjectiveIsNoReceiverTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Washington will send American tanks to Ukraine.|US|UA",
        "The Netherlands will send German tanks to Ukraine.|NL|UA",
        "Norway will supply Polish howitzers to Ukraine.|NO|UA",
        "The United States has sent Ukraine tanks.|US|UA",
        "The United States has sent Ukraine American tanks.|US|UA"})
    void theMarkedReceiverReceives(String sentence, String donor, String recipient) {
        assertThat(events(sentence, EventType.TRANSFER)).singleElement()
                .satisfies(e -> assertThat(List.of(e.donor(), e.recipient())).containsExactly(donor, recipient));
    }

    @Test
    void aStateDoesNotSendToItself() {
        assertThat(events("Washington will send American tanks.", EventType.TRANSFER)).singleElement()
                .satisfies(e -> assertThat(e.donor()).isEqualTo("US"))
                .satisfies(e -> assertThat(e.recipient()).isNull());
    }

    @Test
    void aReceiverInAnotherClauseDoesNotDisplaceTheFirst() {
        assertThat(events("Germany has sent Kyiv tanks, and France has sent howitzers to Moldova.", EventType.TRANSFER))
                .filteredOn(e -> "DE".equals(e.donor())).singleElement()
                .satisfies(e -> assertThat(e.recipient()).isEqualTo("UA"));
    }
}
