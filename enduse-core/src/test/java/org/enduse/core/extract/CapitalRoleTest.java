package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.Test;

/** A capital is its government unless the text makes it the city: a preposition of place, a dateline, a noun for a city or capital. */
class CapitalRoleTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static MentionKind kindOf(String text, String capital) {
        List<Mention> mentions = STANDARD.extract(TestNames.document("t.txt", text), PartialDate.parse("2024-01-01")).mentions();
        return mentions.stream().filter(m -> m.text().equals(capital)).findFirst()
                .orElseThrow(() -> new AssertionError(capital + " not found in " + mentions)).kind();
    }

    @Test
    void aCapitalAfterTheWordForCapitalOrCityIsTheCity() {
        assertThat(kindOf("Om veiligheidsredenen werd het personeel van de ambassade in de hoofdstad Kiev naar het westen van het land gebracht.", "Kiev"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("In der Hauptstadt Kiew fiel am Abend in mehreren Stadtteilen der Strom aus, teilten die Behörden mit.", "Kiew"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("Уночі над столицею Києвом знову працювала протиповітряна оборона, повідомили у міській адміністрації.", "Києвом"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("Kiev wies die Vorwürfe aus Moskau am Montag entschieden zurück und sprach von einer Kampagne.", "Kiev"))
                .isEqualTo(MentionKind.COUNTRY);
    }

    @Test
    void frenchAAfterAidIsTheRecipientAndAfterAnnouncingThePlace() {
        assertThat(kindOf("La Belgique continue à examiner comment poursuivre son aide militaire à Kiev dans les prochains mois.", "Kiev"))
                .isEqualTo(MentionKind.COUNTRY);
        assertThat(kindOf("La commissaire européenne a annoncé lundi à Prague la création d'un centre de coordination pour les frontières.", "Prague"))
                .isEqualTo(MentionKind.PLACE);
    }

    @Test
    void frenchAAfterPassingOnOrArrivingIsTheRecipient() {
        assertThat(kindOf("Berne doit encore se prononcer sur le transfert à Kiev des obus achetés en Suisse.", "Kiev"))
                .isEqualTo(MentionKind.COUNTRY);
        assertThat(kindOf("Les véhicules commandés mettront plusieurs mois à parvenir à Kiev.", "Kiev"))
                .isEqualTo(MentionKind.COUNTRY);
    }

    @Test
    void aCapitalWhoseCentreOrSurroundingsAreMeantIsTheCity() {
        assertThat(kindOf("Трофейную технику выставили почти в центре Москвы, сообщили организаторы выставки.", "Москвы"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("Les blindés sont exposés dans un parc des environs de Moscou depuis le mois dernier.", "Moscou"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("Москва звинуватила Київ у порушенні домовленостей, заявили у МЗС.", "Київ"))
                .isEqualTo(MentionKind.COUNTRY);
    }

    @Test
    void aCapitalInARussianOrUkrainianListOfNamesIsThePlace() {
        assertThat(kindOf("Польша Варшава Украина Киев\n\nМинистр обороны Польши заявил, что Киев благодарен союзникам.", "Варшава"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("+5° Київ +7° Варшава\n\nУ Львові вважають, що Варшава допоможе.", "Київ"))
                .isEqualTo(MentionKind.PLACE);
        // In a sentence the capital after "что" still acts for its government.
        assertThat(kindOf("Министр обороны Польши заявил, что Киев благодарен союзникам.", "Киев"))
                .isEqualTo(MentionKind.COUNTRY);
        // German capitalises its nouns: capitalised neighbours make no list there.
        assertThat(kindOf("Bisher hat Deutschland Kiew 110 Leopard-1-Panzer zugesagt.", "Kiew"))
                .isEqualTo(MentionKind.COUNTRY);
    }

    @Test
    void aCapitalEndingASentenceOrHeadlineAfterTypeNamesIsNoListedPlace() {
        // One capitalised word (a type's name) before the last word is no list: the capital receives.
        assertThat(kindOf("Германия передаст ракеты Patriot и танки Leopard Киеву.", "Киеву"))
                .isEqualTo(MentionKind.COUNTRY);
        assertThat(kindOf("Німеччина передасть ракети Patriot і танки Leopard Києву.", "Києву"))
                .isEqualTo(MentionKind.COUNTRY);
        // A headline with no full stop, the type's name in two parts: "IRIS-T" is one word, "Leopard 2" a type's number.
        assertThat(kindOf("Германия передаст IRIS-T Киеву", "Киеву"))
                .isEqualTo(MentionKind.COUNTRY);
        assertThat(kindOf("Польща передасть Leopard 2 Києву", "Києву"))
                .isEqualTo(MentionKind.COUNTRY);
        // Two names or figures before a line's last capital still make the list.
        assertThat(kindOf("+8° Київ +10° Варшава +8° Вашингтон\n\nПольща передала Україні танки.", "Вашингтон"))
                .isEqualTo(MentionKind.PLACE);
        assertThat(kindOf("Украина Киев Литва Вильнюс\n\nЛитва передала Украине боеприпасы.", "Вильнюс"))
                .isEqualTo(MentionKind.PLACE);
    }
}
