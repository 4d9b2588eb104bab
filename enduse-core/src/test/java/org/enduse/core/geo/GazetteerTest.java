package org.enduse.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = GeoData.get().gazetteer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Бєлгородська область | RU-BEL",
            "Бєлгородській області | RU-BEL",
            "Белгородской области | RU-BEL",
            "Belgorod Oblast | RU-BEL",
            "oblast Belgorod | RU-BEL",
            "Belgorodskaya oblast | RU-BEL",
            "obwód biełgorodzki | RU-BEL",
            "Autonome Republik Krim | UA-43",
            "Sébastopol | UA-40",
    })
    void regionsResolveInEveryLanguageAndCase(String name, String code) {
        assertThat(gazetteer.locate(name)).isNotEmpty();
        assertThat(gazetteer.locate(name).get(0).entry().id()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Kyiv | UA", "Київ | UA", "Киев | UA", "Kijów | UA", "Kiew | UA",
            "Charkiw | UA", "Харків | UA", "Belgorod | RU", "Белгород | RU", "Bakhmut | UA",
    })
    void townsResolveInSeveralLanguages(String name, String country) {
        assertThat(gazetteer.locate(name)).isNotEmpty();
        assertThat(gazetteer.locate(name).get(0).entry().country()).isEqualTo(country);
    }

    @Test
    void countriesHaveNamesInTheSevenLanguages() {
        assertThat(gazetteer.locate("Oekraïne").get(0).entry().id()).isEqualTo("UA");
        assertThat(gazetteer.locate("Бельгія").get(0).entry().id()).isEqualTo("BE");
        assertThat(gazetteer.locate("Belgique").get(0).entry().id()).isEqualTo("BE");
        assertThat(gazetteer.get("PL").orElseThrow().names()).containsKeys("en", "nl", "fr", "de", "uk", "ru", "pl");
    }

    @Test
    void coverageOfTheCountriesOfInterest() {
        assertThat(gazetteer.entries(GazetteerEntry.Kind.COUNTRY).count()).isGreaterThan(190);
        assertThat(gazetteer.entries(GazetteerEntry.Kind.REGION).filter(r -> r.country().equals("UA")).count()).isEqualTo(27);
        assertThat(gazetteer.entries(GazetteerEntry.Kind.PLACE).filter(r -> r.country().equals("UA")).count()).isGreaterThan(1000);
    }

    @Test
    void nearestPlaceToAPoint() {
        var nearest = gazetteer.nearest(50.6, 36.6).orElseThrow(); // Belgorod
        assertThat(nearest.entry().names().get("ru")).isEqualTo("Белгород");
        assertThat(nearest.distanceKm()).isLessThan(10);
        assertThat(gazetteer.nearest(0, -140)).isEmpty(); // the Pacific
    }

    @Test
    void unknownNamesGiveNothing() {
        assertThat(gazetteer.locate("Xyzzyville")).isEmpty();
        assertThat(gazetteer.locate("  ")).isEmpty();
    }
}
