package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * GeoNames gives far-away towns Ukrainian and Russian names that are common words; those names are
 * not looked for (geo/place-words.txt), while the towns keep their Latin names and the theatre's
 * towns keep all theirs.
 */
class ForeignPlaceWordsTest {
    @Test
    void aCyrillicWordIsNoFarAwayTown() {
        // "Усі" (all) is Wuxi's Ukrainian name, "Новый" (new) the Russian name of Novi, Michigan.
        assertThat(TestNames.bundledPlaces("Усі гаубиці вже передали бригадам.")).isEmpty();
        assertThat(TestNames.bundledPlaces("Новый пакет помощи включает снаряды.")).isEmpty();
        assertThat(TestNames.bundledPlaces("Дали ли они танки, неизвестно.")).isEmpty();
    }

    @Test
    void theFarAwayTownKeepsItsLatinNameAndTheTheatreItsWords() {
        assertThat(TestNames.bundledPlaces("The drones were assembled in Wuxi, China.")).containsExactly("Wuxi");
        // Буча is a Russian word too, but a town of the theatre.
        assertThat(TestNames.bundledPlaces("Буча была освобождена в апреле.")).containsExactly("Буча");
    }
}
