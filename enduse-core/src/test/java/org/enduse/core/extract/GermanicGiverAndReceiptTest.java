package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * German and Dutch transfers: a subject with its article after the verb of an inverted clause gives, a company that
 * gives gives for its country, and the German present "erhält", "erhalten" is a receipt to come. Sentences written for these tests.
 */
class GermanicGiverAndReceiptTest {
    @Test
    void anInvertedSubjectWithItsArticleGives() {
        assertThat(events("Im Juni lieferte die Bundesregierung der Ukraine 30 Flugabwehrpanzer.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
        assertThat(events("In juni leverde de Nederlandse regering dertig pantserhouwitsers aan Oekraïne.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "delivered"));
    }

    @Test
    void aCompanyThatGivesGivesForItsCountry() {
        assertThat(events("Rheinmetall liefert der Ukraine 20 weitere Schützenpanzer.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "pledged"));
    }

    @Test
    void aCompanyReceivesNoArms() {
        // The order is received; the ammunition goes to Ukraine.
        assertThat(events("Rheinmetall hat einen Auftrag für die Lieferung von Munition an die Ukraine im Wert von 142 Millionen Euro erhalten.",
                EventType.TRANSFER)).extracting(Event::recipient).containsOnly("UA");
    }

    @Test
    void thePresentErhaeltIsPledgedItsParticipleDelivered() {
        assertThat(events("Griechenland erhält aus Deutschland 40 Schützenpanzer.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "GR", "pledged"));
        assertThat(events("Griechenland hat aus Deutschland 40 Schützenpanzer erhalten.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "GR", "delivered"));
    }

    @Test
    void thePluralPresentErhaltenIsPledgedUnlessItClosesItsClause() {
        assertThat(events("Außerdem erhalten ukrainische Soldaten aus Spanien 20 Maschinengewehre.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("pledged");
        assertThat(events("Er sagte, dass die Ukraine aus Spanien 20 Maschinengewehre erhalten habe.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
        assertThat(events("Die Ukraine hat aus Spanien 20 Maschinengewehre erhalten und eingesetzt.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
    }

    @Test
    void anErhaltenAnAuxiliaryGovernsOrWithAnAdjectivesEndingIsNoPresent() {
        // The participle with an adjective's ending names goods received.
        assertThat(events("Die aus Spanien erhaltenen Hawk-Startgeräte werden derzeit gewartet.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
        // "hat" governs the participle, whatever word follows it in the clause.
        assertThat(events("Die Ukraine hat aus den Niederlanden 14 Panzerhaubitzen 2000 erhalten laut einer Mitteilung der Regierung.",
                EventType.TRANSFER)).extracting(Event::status).containsExactly("delivered");
        assertThat(events("Die Ukraine hat aus Norwegen acht NASAMS-Werfer bekommen sowie 20 Lastwagen.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("delivered");
    }
}
