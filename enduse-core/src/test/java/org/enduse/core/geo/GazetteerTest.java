package org.enduse.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.ArrayList;
import java.util.List;
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
            "Sébastopol | UA-40",       // the city, then the region: see aBareNameOfARegionAndItsCapitalMeansTheTownFirst
            "Kharkivska oblast | UA-63",
            "Obwód charkowski | UA-63",
            "Харківської області | UA-63",
    })
    void regionsResolveInEveryLanguageAndCase(String name, String code) {
        var found = gazetteer.locate(name);
        assertThat(found).isNotEmpty();
        var first = PlaceNames.mentionsRegion(name) ? found.get(0) : found.stream()
                .filter(c -> c.entry().kind() == GazetteerEntry.Kind.REGION).findFirst().orElseThrow();
        assertThat(first.entry().id()).isEqualTo(code);
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Грайворон | gn:559034",      // GeoNames has only the Latin "Grayvoron"
            "Грайвороне | gn:559034",     // locative, as in "в Грайвороне"
            "Graivoron | gn:559034",
            "Kharkov | gn:706483",        // the Russian-derived spelling of Kharkiv
            "Kiev | gn:703448",
            "Vovchansk | gn:689304",      // GeoNames writes Vovchans’k
            "Kam'yanets'-Podil's'kyy | gn:706950",
            "Zaporijia | gn:687700",      // French transliteration
            "Крым | UA-43",
            "Crimea | UA-43",
    })
    void transliteratedAndVariantSpellingsFindThePlace(String name, String id) {
        assertThat(gazetteer.locate(name)).isNotEmpty();
        assertThat(gazetteer.locate(name).get(0).entry().id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Kharkiv", "Kherson", "Sébastopol", "Moskou", "Moscou", "Moskau", "Москва"})
    void aBareNameOfARegionAndItsCapitalMeansTheTownFirst(String name) {
        var found = gazetteer.locate(name);
        assertThat(found.get(0).entry().kind()).isEqualTo(GazetteerEntry.Kind.PLACE);
        assertThat(found.stream().map(c -> c.entry().kind())).contains(GazetteerEntry.Kind.REGION);
    }

    @Test
    void everyCountryWithDataIsThereWithAPoint() {
        assertThat(gazetteer.get("IL")).isPresent(); // no capital flagged in the data: its largest town stands in
        assertThat(gazetteer.get("AQ").orElseThrow().lat()).isLessThan(-60); // no town at all: a region's label point
        assertThat(gazetteer.entries(GazetteerEntry.Kind.COUNTRY).count()).isGreaterThanOrEqualTo(245);
    }

    @Test
    void namesIterateEverySurfaceFormWithItsLanguageForTextMatchers() {
        List<Gazetteer.Name> names = new ArrayList<>();
        gazetteer.names(names::add);
        assertThat(names).extracting(Gazetteer.Name::language).allMatch(l -> Gazetteer.LANGUAGES.contains(l) || l.equals("und"));
        assertThat(names).anyMatch(n -> n.text().equals("Київ") && n.language().equals("uk") && n.entry().id().equals("gn:703448"));
        assertThat(names).anyMatch(n -> n.text().equals("Krim") && n.language().equals("und") && n.entry().id().equals("UA-43"));
        assertThat(names).anyMatch(n -> n.entry().kind() == GazetteerEntry.Kind.COUNTRY && n.text().equals("Oekraïne"));
        assertThat(names.size()).isGreaterThan(gazetteer.size());
    }

    @Test
    void anEntryBecomesAPlaceRecordWithItsPrecision() {
        Place kyiv = gazetteer.get("gn:703448").orElseThrow().toPlace();
        assertThat(kyiv.country().value()).isEqualTo("UA");
        assertThat(kyiv.region()).isEqualTo("UA-30");
        assertThat(kyiv.precision()).isEqualTo(GeoPrecision.SETTLEMENT);
        Place oblast = gazetteer.get("RU-BEL").orElseThrow().toPlace();
        assertThat(oblast.hasPoint()).isFalse();
        assertThat(oblast.precision()).isEqualTo(GeoPrecision.REGION);
    }

    @Test
    void unknownNamesGiveNothing() {
        assertThat(gazetteer.locate("Xyzzyville")).isEmpty();
        assertThat(gazetteer.locate("  ")).isEmpty();
    }
}
