package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.bundledPlaces;

import org.junit.jupiter.api.Test;

/** Areas beyond the gazetteer's towns and regions where arms are sent or used (geo/areas.tsv). One sentence each, written for this test. */
class ContestedAreasTest {
    @Test
    void nagornoKarabakhIsOneAreaNotARussianTown() {
        // "Karabach" alone had matched Karabash, a town in the Urals.
        assertThat(bundledPlaces("Die Kämpfe um Berg-Karabach endeten 2023.")).containsExactly("Berg-Karabach");
        assertThat(bundledPlaces("Армения потеряла контроль над Нагорным Карабахом, а в Карабахе остались войска.")).contains("Карабахе");
    }

    @Test
    void theTaiwanStraitIsAPlace() {
        assertThat(bundledPlaces("Chinese warships crossed the Taiwan Strait on Monday.")).containsExactly("Taiwan Strait");
        assertThat(bundledPlaces("Des navires ont traversé le détroit de Taïwan.")).containsExactly("détroit de Taïwan");
    }

    @Test
    void thePacificIsAnOceanNotAPolishTown() {
        // "Тихому" alone had matched Tychy, whose Ukrainian name is "Тихи".
        assertThat(bundledPlaces("Кораблі флоту США пройшли навчання в Тихому океані біля Японії.")).contains("Тихому океані").doesNotContain("Тихому");
        assertThat(bundledPlaces("La France renforce sa présence en Asie-Pacifique.")).containsExactly("Asie-Pacifique");
    }
}
