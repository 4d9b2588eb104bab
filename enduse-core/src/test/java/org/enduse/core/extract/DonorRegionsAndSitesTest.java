package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The United States' states are read as places in every language, as the theatre's and the European
 * donors' regions are; and the sites arms reports name that the populated-places data lacks
 * (geo/areas.tsv) are read under their written forms.
 */
class DonorRegionsAndSitesTest {
    @Test
    void aUsStateIsAPlaceInAnyLanguage() {
        assertThat(TestNames.bundledPlaces("Le président ukrainien doit rencontrer Donald Trump dimanche en Floride.")).containsExactly("Floride");
        assertThat(TestNames.bundledPlaces("Президент Чехії виступив у штаті Техас на дискусії про допомогу.")).containsExactly("Техас");
    }

    @Test
    void sitesOfDisplaysPlantsAndBasesAreRead() {
        assertThat(TestNames.bundledPlaces("В подмосковном парке «Патриот» и у Музея Победы показали трофейную технику."))
                .containsExactly("парке «Патриот»", "Музея Победы");
        assertThat(TestNames.bundledPlaces("Die Munition entsteht in Unterlüß; gezeigt wird sie im Moskauer Siegespark.")).contains("Unterlüß", "Siegespark");
        assertThat(TestNames.bundledPlaces("Ukrainian pilots trained on the F-16 at Skrydstrup.")).containsExactly("Skrydstrup");
    }

    @Test
    void aCompassPartOfACountryWrittenAsOneWordIsAPlace() {
        // German and Dutch join the compass point to the country: no country name stands alone in the word.
        assertThat(TestNames.bundledPlaces("Die Waffen kommen in Südpolen an und werden in die Westukraine gebracht."))
                .containsExactly("Südpolen", "Westukraine");
        assertThat(TestNames.bundledPlaces("In Zuid-Duitsland wordt munitie geproduceerd.")).containsExactly("Zuid-Duitsland");
    }
}
