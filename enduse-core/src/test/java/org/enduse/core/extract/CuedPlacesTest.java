package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Villages, sites and districts the gazetteer does not list, read from the noun before (or, for
 * Russian and Ukrainian districts, after) their name. The names are made up for this test, so no
 * dictionary knows them. And the span of a place the gazetteer does list, with an English region word.
 */
class CuedPlacesTest {
    @Test
    void aSettlementNounNamesTheVillageAfterIt() {
        assertThat(TestNames.bundledPlaces("The vehicle was filmed near the village of Krutohirka last week.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("Les photos ont été prises près du village de Krutohirka.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("De tank stond in het dorp Krutohirka.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("Машину заметили в поселке Крутогорка.")).containsExactly("Крутогорка");
        assertThat(TestNames.bundledPlaces("Техніку бачили у селі Крутогірка.")).containsExactly("Крутогірка");
    }

    @Test
    void twoVillagesJoinedByAndAreBothPlaces() {
        assertThat(TestNames.bundledPlaces("Die Truppen nahmen die Ortschaften Krutohirka und Zabrodiwka ein.")).containsExactly("Krutohirka", "Zabrodiwka");
    }

    @Test
    void militarySitesAreNamedAfterTheirNounOrInEnglishBeforeIt() {
        assertThat(TestNames.bundledPlaces("Auf dem Truppenübungsplatz Brakenfeld übten die Besatzungen.")).containsExactly("Brakenfeld");
        assertThat(TestNames.bundledPlaces("Les équipages ont été formés sur le camp de Brakenfeld.")).containsExactly("Brakenfeld");
        assertThat(TestNames.bundledPlaces("Самолет осмотрели на авиабазе Бракенфельд.")).containsExactly("Бракенфельд");
        assertThat(TestNames.bundledPlaces("The ministers met at Brakenfeld air base.")).containsExactly("Brakenfeld");
    }

    @Test
    void aRussianDistrictIsItsAdjectiveWithTheNounAndEndsTheVillageBeforeIt() {
        assertThat(TestNames.bundledPlaces("Машину обнаружили в поселке Крутогорка Забродовского района.")).containsExactly("Крутогорка", "Забродовского района");
    }

    @Test
    void aRussianUrbanDistrictAndAUkrainianHromadaAreTheirAdjectiveWithTheNoun() {
        assertThat(TestNames.bundledPlaces("Беспилотник атаковал село в Забродовском городском округе.")).containsExactly("Забродовском городском округе");
        assertThat(TestNames.bundledPlaces("Снаряд влучив у будинок Крутогірської сільської громади.")).containsExactly("Крутогірської сільської громади");
        // A community named by no place ("місцевої громади") is no district.
        assertThat(TestNames.bundledPlaces("Представники місцевої громади зібралися.")).isEmpty();
    }

    @Test
    void aFrontDirectionIsItsAdjectiveWithTheNounAsADistrictIs() {
        assertThat(TestNames.bundledPlaces("Расчёт уничтожил гаубицу на купянском направлении.")).containsExactly("купянском направлении");
        assertThat(TestNames.bundledPlaces("Танк підбили на покровському напрямку.")).containsExactly("покровському напрямку");
        // An adjective that names no place ("в обратном направлении") stays unread.
        assertThat(TestNames.bundledPlaces("Колонна ушла в обратном направлении.")).isEmpty();
    }

    @Test
    void aNameReadAfterItsNounIsAPlaceWhereverTheReportRepeatsIt() {
        assertThat(TestNames.bundledPlaces("Fighting went on around the village of Krutohirka.\n\nBy Sunday Krutohirka was quiet again."))
                .containsExactly("Krutohirka", "Krutohirka");
    }

    @Test
    void aWordPuttingSomethingNearAPlaceNamesIt() {
        assertThat(TestNames.bundledPlaces("Танк бросили под Крутогорском.")).containsExactly("Крутогорском");
        assertThat(TestNames.bundledPlaces("Бої тривають біля Крутогірки.")).containsExactly("Крутогірки");
        assertThat(TestNames.bundledPlaces("Le char a été touché près de Krutohirka.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("Les clichés ont été pris au nord d'Krutohirka.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("Der Panzer blieb westlich von Krutohirka liegen.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("The howitzer was hit near Krutohirka on Monday.")).containsExactly("Krutohirka");
        assertThat(TestNames.bundledPlaces("De tank werd nabij Krutohirka gefilmd.")).containsExactly("Krutohirka");
        // A capitalised cue inside a sentence belongs to a name; a number or a lower-case word after the cue is no place.
        assertThat(TestNames.bundledPlaces("Experts on the Near East disagreed.")).isEmpty();
        assertThat(TestNames.bundledPlaces("Il a livré près de 300 obus et près de la moitié des chars.")).isEmpty();
        // A German word of direction with an adjective's ending qualifies its noun: no place.
        assertThat(TestNames.bundledPlaces("Die Marder kämpfen an der südlichen Front. An den Fronten wird es still.")).isEmpty();
    }

    @Test
    void aDistrictNounWithNoAdjectiveIsTheAreaOfTheNamesAfterIt() {
        assertThat(TestNames.bundledPlaces("Удары нанесены в районах Крутогорки, Забродовки, Липового и Осиновки."))
                .containsExactly("Крутогорки", "Забродовки", "Липового", "Осиновки");
        assertThat(TestNames.bundledPlaces("Район Крутогірки обстрілюють щодня.")).containsExactly("Крутогірки");
    }

    @Test
    void namesAfterCommasNeedAnAndToCloseTheList() {
        assertThat(TestNames.bundledPlaces("The tank was seen near Krutohirka, Zabrodivka and Lypove.")).containsExactly("Krutohirka", "Zabrodivka", "Lypove");
        assertThat(TestNames.bundledPlaces("The tank was seen near Krutohirka, Reuters reported.")).containsExactly("Krutohirka");
    }

    @Test
    void aRepeatedNameIsFoundInAnyOfItsCases() {
        assertThat(TestNames.bundledPlaces("Бої тривають біля Крутогорська.\n\nУ Крутогорську не лишилося мешканців.")).containsExactly("Крутогорська", "Крутогорську");
    }

    @Test
    void aNameMustFollowItsNounInTheSameClause() {
        assertThat(TestNames.bundledPlaces("We reached the village. Nobody was there.")).isEmpty();
        assertThat(TestNames.bundledPlaces("Ze kwamen aan in een dorpje. Een oudere man wachtte.")).isEmpty();
    }

    @Test
    void nounsOrWordsThatNameNoPlaceAreLeftAlone() {
        assertThat(TestNames.bundledPlaces("Im Dorf Soldaten zu sehen war ungewöhnlich.")).as("a German noun after Dorf").isEmpty();
        assertThat(TestNames.bundledPlaces("The air base was hit twice.")).isEmpty();
        assertThat(TestNames.bundledPlaces("In plaats van tanks kwamen er vrachtwagens.")).isEmpty();
        assertThat(TestNames.bundledPlaces("Les soldats sont rentrés au camp hier.")).isEmpty();
        assertThat(TestNames.bundledPlaces("The town council met on Monday.")).as("English needs 'of' after the noun").isEmpty();
    }

    @Test
    void anEnglishRegionWordWithACapitalIsPartOfThePlaceALowercaseOneIsNot() {
        assertThat(TestNames.bundledPlaces("Shelling hit Kharkiv Oblast overnight.")).containsExactly("Kharkiv Oblast");
        assertThat(TestNames.bundledPlaces("The convoy crossed Zaporizhzhia Region at dawn.")).containsExactly("Zaporizhzhia Region");
        assertThat(TestNames.bundledPlaces("Shelling hit the Kharkiv region overnight.")).containsExactly("Kharkiv");
    }
}
