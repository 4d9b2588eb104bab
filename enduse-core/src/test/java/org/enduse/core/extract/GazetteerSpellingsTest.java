package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Towns of the theatre that GeoNames names only in Latin letters, found by the spellings
 * tools/geodata/spellings.py writes (geo/place-spellings.tsv), and the self-proclaimed republics
 * as places (geo/areas.tsv).
 */
class GazetteerSpellingsTest {
    @Test
    void aUkrainianTownGeoNamesNamesOnlyInLatinIsFoundInUkrainianAndRussian() {
        // GeoNames: Toretsk and Chasiv Yar, with no Cyrillic name.
        assertThat(TestNames.bundledPlaces("Бої тривають за Торецьк і Часів Яр.")).containsExactly("Торецьк", "Часів Яр");
        assertThat(TestNames.bundledPlaces("Бои продолжаются за Торецк.")).containsExactly("Торецк");
    }

    @Test
    void aRussianBorderTownIsFoundInRussianAndInItsGermanTransliteration() {
        // GeoNames: Sudzha and Glushkovo (Kursk oblast), with no Russian or German name.
        assertThat(TestNames.bundledPlaces("Колонна вошла в Суджу.")).containsExactly("Суджу");
        assertThat(TestNames.bundledPlaces("Die Brücke verbindet den Ort mit Gluschkowo.")).containsExactly("Gluschkowo");
    }

    @Test
    void aFrontLineTownIsFoundInItsDutchAndFrenchTransliteration() {
        // GeoNames: Chasiv Yar and Toretsk with no Dutch or French name; Zaporizhzhia with none in Dutch.
        assertThat(TestNames.bundledPlaces("De Russen rukken op naar Tsjasiv Jar en Zaporizja.")).containsExactly("Tsjasiv Jar", "Zaporizja");
        assertThat(TestNames.bundledPlaces("Les combats continuent autour de Tchassiv Iar.")).containsExactly("Tchassiv Iar");
        assertThat(TestNames.bundledPlaces("Die Drohnen flogen Richtung Kyjiw.")).containsExactly("Kyjiw");
    }

    @Test
    void aVillageOfUkraineOfAFewThousandIsLookedFor() {
        // GeoNames: Rozivka, Zaporizhzhia oblast, 4,197 people, Latin name only.
        assertThat(TestNames.bundledPlaces("Удар нанесён по Розовке.")).containsExactly("Розовке");
    }

    @Test
    void aUkrainianNameInKaIsFoundInItsLocative() {
        // Авдіївка in GeoNames; Розівка written from Rozivka.
        assertThat(TestNames.bundledPlaces("Бої тривають в Авдіївці та у Розівці.")).containsExactly("Авдіївці", "Розівці");
        assertThat(GazetteerNameSource.ukrainianLocative("Прилуга")).isEqualTo("Прилузі");
        assertThat(GazetteerNameSource.ukrainianLocative("Часів Яр")).isNull();
    }

    @Test
    void aVillagesOrdinalIsPartOfItsName() {
        assertThat(TestNames.bundledPlaces("Обстрелу подверглась Новоселовка Первая.")).containsExactly("Новоселовка Первая");
        assertThat(TestNames.bundledPlaces("Ворог обстріляв Новоселівку Першу.")).containsExactly("Новоселівку Першу");
    }

    @Test
    void aWrittenSpellingWhoseStemIsAWordIsNotLookedFor() {
        // Kromy (Oryol oblast) would be written Кромы, whose stem "Кроме" (except) shares.
        assertThat(TestNames.bundledPlaces("Кроме того, танк был поврежден.")).isEmpty();
    }

    @Test
    void theSelfProclaimedRepublicsArePlaces() {
        assertThat(TestNames.bundledPlaces("Видео снято в ДНР.")).containsExactly("ДНР");
        assertThat(TestNames.bundledPlaces("The tank was filmed in the Donetsk People's Republic.")).containsExactly("Donetsk People's Republic");
    }
}
