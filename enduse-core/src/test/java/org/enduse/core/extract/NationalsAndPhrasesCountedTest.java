package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.enduse.core.extract.TestExtractions.found;

import org.junit.jupiter.api.Test;

/**
 * Round 35 (place41): counts of nationals, German participle phrases inside a count, pieces of a
 * compound, "US" without its "$", and capitals after French verbs of giving. Every sentence is
 * written for this test.
 */
class NationalsAndPhrasesCountedTest {
    @Test
    void aNationalitysPluralNounCountsPersons() {
        assertThat(found("About 40 Ukrainians will be trained in Poland this summer.", MentionKind.QUANTITY))
                .extracting(Mention::text, m -> m.amount().intValue(), Mention::unit).containsExactly(tuple("40 Ukrainians", 40, "persons"));
        assertThat(found("Environ 70 Ukrainiens ont été formés en Allemagne.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("70 Ukrainiens", "persons"));
        assertThat(found("Ongeveer 120 Oekraïners worden in Nederland opgeleid.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("120 Oekraïners", "persons"));
        assertThat(found("У навчанні взяли участь 150 українців.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("150 українців", "persons"));
        // The adjective before a noun stays a modifier: the noun is counted.
        assertThat(found("Die Bundeswehr bildet 300 ukrainische Soldaten aus.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("300 ukrainische Soldaten", "persons"));
    }

    @Test
    void aGermanParticiplePhraseStandsInsideTheCount() {
        assertThat(found("Das Video zeigt drei in Schweden hergestellte Schützenpanzer.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("drei in Schweden hergestellte Schützenpanzer");
        assertThat(found("Berlin übergibt 14 aus Deutschland gelieferte Haubitzen.", MentionKind.QUANTITY)).extracting(Mention::text)
                .containsExactly("14 aus Deutschland gelieferte Haubitzen");
    }

    @Test
    void piecesOfACompoundCountItsUnit() {
        assertThat(found("Das Lager enthält 90.000 Stück Mörsermunition.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("90.000 Stück Mörsermunition", "rounds"));
    }

    @Test
    void usWithoutItsDollarSignIsNoCurrency() {
        assertThat(found("The video showed two US-made armored vehicles near the front.", MentionKind.MONEY)).isEmpty();
        assertThat(found("Die Regierung stellt 5 Millionen US-Dollar bereit.", MentionKind.MONEY)).extracting(Mention::text)
                .containsExactly("5 Millionen US-Dollar");
    }

    @Test
    void aCapitalAfterAFrenchVerbOfGivingReceives() {
        assertThat(found("La Norvège transférera quatre canons à Kiev.", MentionKind.COUNTRY)).extracting(Mention::text).contains("Kiev");
        assertThat(found("La Norvège transférera quatre canons à Kiev.", MentionKind.PLACE)).isEmpty();
        assertThat(found("Le Conseil vient d'accorder 20 millions d'euros à Kiev.", MentionKind.PLACE)).isEmpty();
    }

    @Test
    void aCompassPointOfACapitalPlacesSomethingInIt() {
        assertThat(found("The depot lies northeast of Kyiv.", MentionKind.PLACE)).extracting(Mention::text).containsExactly("Kyiv");
        assertThat(found("Der Flugplatz liegt nordöstlich von Moskau.", MentionKind.PLACE)).extracting(Mention::text).containsExactly("Moskau");
    }
}
