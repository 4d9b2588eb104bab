package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Villages, sites and districts the gazetteer does not list, read from the noun before (or, for
 * Russian and Ukrainian districts, after) their name. The names are made up for this test, so no
 * dictionary knows them. And the span of a place the gazetteer does list, with an English region word.
 */
class CuedPlacesTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<String> places(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), null).mentions().stream()
                .filter(m -> m.kind() == MentionKind.PLACE).map(Mention::text).toList();
    }

    @Test
    void aSettlementNounNamesTheVillageAfterIt() {
        assertThat(places("The vehicle was filmed near the village of Krutohirka last week.")).containsExactly("Krutohirka");
        assertThat(places("Les photos ont été prises près du village de Krutohirka.")).containsExactly("Krutohirka");
        assertThat(places("De tank stond in het dorp Krutohirka.")).containsExactly("Krutohirka");
        assertThat(places("Машину заметили в поселке Крутогорка.")).containsExactly("Крутогорка");
        assertThat(places("Техніку бачили у селі Крутогірка.")).containsExactly("Крутогірка");
    }

    @Test
    void twoVillagesJoinedByAndAreBothPlaces() {
        assertThat(places("Die Truppen nahmen die Ortschaften Krutohirka und Zabrodiwka ein.")).containsExactly("Krutohirka", "Zabrodiwka");
    }

    @Test
    void militarySitesAreNamedAfterTheirNounOrInEnglishBeforeIt() {
        assertThat(places("Auf dem Truppenübungsplatz Brakenfeld übten die Besatzungen.")).containsExactly("Brakenfeld");
        assertThat(places("Les équipages ont été formés sur le camp de Brakenfeld.")).containsExactly("Brakenfeld");
        assertThat(places("Самолет осмотрели на авиабазе Бракенфельд.")).containsExactly("Бракенфельд");
        assertThat(places("The ministers met at Brakenfeld air base.")).containsExactly("Brakenfeld");
    }

    @Test
    void aRussianDistrictIsItsAdjectiveWithTheNounAndEndsTheVillageBeforeIt() {
        assertThat(places("Машину обнаружили в поселке Крутогорка Забродовского района.")).containsExactly("Крутогорка", "Забродовского района");
    }

    @Test
    void aFrontDirectionIsItsAdjectiveWithTheNounAsADistrictIs() {
        assertThat(places("Расчёт уничтожил гаубицу на купянском направлении.")).containsExactly("купянском направлении");
        assertThat(places("Танк підбили на покровському напрямку.")).containsExactly("покровському напрямку");
        // An adjective that names no place ("в обратном направлении") stays unread.
        assertThat(places("Колонна ушла в обратном направлении.")).isEmpty();
    }

    @Test
    void aNameReadAfterItsNounIsAPlaceWhereverTheReportRepeatsIt() {
        assertThat(places("Fighting went on around the village of Krutohirka.\n\nBy Sunday Krutohirka was quiet again."))
                .containsExactly("Krutohirka", "Krutohirka");
    }

    @Test
    void aWordPuttingSomethingNearAPlaceNamesIt() {
        assertThat(places("Танк бросили под Крутогорском.")).containsExactly("Крутогорском");
        assertThat(places("Бої тривають біля Крутогірки.")).containsExactly("Крутогірки");
        assertThat(places("Le char a été touché près de Krutohirka.")).containsExactly("Krutohirka");
        assertThat(places("Les clichés ont été pris au nord d'Krutohirka.")).containsExactly("Krutohirka");
        assertThat(places("Der Panzer blieb westlich von Krutohirka liegen.")).containsExactly("Krutohirka");
        assertThat(places("The howitzer was hit near Krutohirka on Monday.")).containsExactly("Krutohirka");
        assertThat(places("De tank werd nabij Krutohirka gefilmd.")).containsExactly("Krutohirka");
        // A capitalised cue inside a sentence belongs to a name; a number or a lower-case word after the cue is no place.
        assertThat(places("Experts on the Near East disagreed.")).isEmpty();
        assertThat(places("Il a livré près de 300 obus et près de la moitié des chars.")).isEmpty();
    }

    @Test
    void aDistrictNounWithNoAdjectiveIsTheAreaOfTheNamesAfterIt() {
        assertThat(places("Удары нанесены в районах Крутогорки, Забродовки, Липового и Осиновки."))
                .containsExactly("Крутогорки", "Забродовки", "Липового", "Осиновки");
        assertThat(places("Район Крутогірки обстрілюють щодня.")).containsExactly("Крутогірки");
    }

    @Test
    void namesAfterCommasNeedAnAndToCloseTheList() {
        assertThat(places("The tank was seen near Krutohirka, Zabrodivka and Lypove.")).containsExactly("Krutohirka", "Zabrodivka", "Lypove");
        assertThat(places("The tank was seen near Krutohirka, Reuters reported.")).containsExactly("Krutohirka");
    }

    @Test
    void aRepeatedNameIsFoundInAnyOfItsCases() {
        assertThat(places("Бої тривають біля Крутогорська.\n\nУ Крутогорську не лишилося мешканців.")).containsExactly("Крутогорська", "Крутогорську");
    }

    @Test
    void aNameMustFollowItsNounInTheSameClause() {
        assertThat(places("We reached the village. Nobody was there.")).isEmpty();
        assertThat(places("Ze kwamen aan in een dorpje. Een oudere man wachtte.")).isEmpty();
    }

    @Test
    void nounsOrWordsThatNameNoPlaceAreLeftAlone() {
        assertThat(places("Im Dorf Soldaten zu sehen war ungewöhnlich.")).as("a German noun after Dorf").isEmpty();
        assertThat(places("The air base was hit twice.")).isEmpty();
        assertThat(places("In plaats van tanks kwamen er vrachtwagens.")).isEmpty();
        assertThat(places("Les soldats sont rentrés au camp hier.")).isEmpty();
        assertThat(places("The town council met on Monday.")).as("English needs 'of' after the noun").isEmpty();
    }

    @Test
    void anEnglishRegionWordWithACapitalIsPartOfThePlaceALowercaseOneIsNot() {
        assertThat(places("Shelling hit Kharkiv Oblast overnight.")).containsExactly("Kharkiv Oblast");
        assertThat(places("The convoy crossed Zaporizhzhia Region at dawn.")).containsExactly("Zaporizhzhia Region");
        assertThat(places("Shelling hit the Kharkiv region overnight.")).containsExactly("Kharkiv");
    }
}
