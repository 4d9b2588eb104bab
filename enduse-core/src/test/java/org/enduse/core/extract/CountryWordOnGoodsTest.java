package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English: the state right after a verb of giving receives ("sent Ukraine tanks", "sent Kyiv tanks"), but a
 * country word glued to the goods' description does not ("supply Russian-made BMP-1"). Sentences written for this test.
 */
class CountryWordOnGoodsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Greece will supply Russian-made BMP-1 vehicles to Ukraine.|GR|UA",
        "Germany will deliver US-made Patriot systems to Ukraine.|DE|UA",
        "Poland has sent Kyiv tanks.|PL|UA",
        "Britain has sent Ukraine tanks.|GB|UA"})
    void theReceiverIsTheStateNotTheWordOnTheGoods(String sentence, String donor, String recipient) {
        assertThat(events(sentence, EventType.TRANSFER)).extracting(Event::donor, Event::recipient).containsExactly(tuple(donor, recipient));
    }
}
