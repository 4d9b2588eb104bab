package org.enduse.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.enduse.core.common.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Point-in-polygon on the bundled recognised-borders layer; coordinates are those of the gazetteer's places. */
class TerritoryTest {
    private final PolygonTerritory territory = GeoData.get().recognised();
    private final PolygonTerritory occupation = GeoData.get().occupation();
    private final Gazetteer gazetteer = GeoData.get().gazetteer();

    @ParameterizedTest(name = "{0} lies in {1} / {2}")
    @CsvSource({
            "Simferopol, UA, UA-43",
            "Kerch, UA, UA-43",
            "Sevastopol, UA, UA-40",
            "Kaliningrad, RU, RU-KGD",
            "Belgorod, RU, RU-BEL",
            "Kyiv, UA, UA-30",
            "Donetsk, UA, UA-14",
            "Luhansk, UA, UA-09",
            "Mariupol, UA, UA-14",
            "Melitopol, UA, UA-23",
            "Brussels, BE, ",
    })
    void citiesFallInTheirRecognisedCountryAndRegion(String city, String country, String region) {
        GazetteerEntry place = place(city);
        var where = territory.locate(place.lat(), place.lon()).orElseThrow();
        assertThat(where.country()).isEqualTo(country);
        if (region != null) assertThat(where.regionCode()).isEqualTo(region);
        assertThat(territory.contains(country, place.lat(), place.lon())).isTrue();
    }

    @Test
    void crimeaIsUkraineNotRussia() {
        assertThat(territory.contains("UA", 44.95, 34.10)).isTrue(); // Simferopol area
        assertThat(territory.contains("RU", 44.95, 34.10)).isFalse();
        assertThat(territory.contains("UA-43", 44.95, 34.10)).isTrue();
    }

    @Test
    void snakeIslandIsUkraineThroughItsTerritorialSea() {
        // Zmiinyi (Snake) Island lies 35 km off the coast and is absent from Natural Earth's admin-1
        // polygons; OpenStreetMap's outline of Ukraine with its territorial sea covers it, and the
        // nearest Ukrainian region (Odesa Oblast, which administers it) is within 50 km.
        var where = territory.locate(45.2553, 30.2040).orElseThrow();
        assertThat(where.country()).isEqualTo("UA");
        assertThat(where.regionCode()).isEqualTo("UA-51");
        // A point 2 km off the Odesa coast belongs to Ukraine too.
        assertThat(territory.locate(46.47, 30.78).orElseThrow().country()).isEqualTo("UA");
    }

    @Test
    void crimeanWatersFollowTheNearestRegionWhereClaimsOverlap() {
        // 8 km off Cape Khersones (Sevastopol): inside both Ukraine's and Russia's OpenStreetMap outline.
        assertThat(territory.locate(44.58, 33.25).orElseThrow().country()).isEqualTo("UA");
        // The Russian side of the Kerch Strait, off the Taman peninsula.
        assertThat(territory.locate(45.28, 36.62).orElseThrow().country()).isEqualTo("RU");
    }

    @Test
    void theOpenSeaIsNowhere() {
        assertThat(territory.locate(43.5, 34.0)).isEmpty(); // middle of the Black Sea
    }

    @Test
    void bothSidesOfTheAntimeridianAreRussiaInChukotka() {
        assertThat(territory.locate(65.5, 179.5).orElseThrow().country()).isEqualTo("RU");
        assertThat(territory.locate(65.5, -179.5).orElseThrow().country()).isEqualTo("RU");
        assertThat(territory.locate(-16.8, 179.9).orElseThrow().country()).isEqualTo("FJ");
    }

    @Test
    void aPointOnTheBorderBelongsToOneSideAndIsZeroKmFromIt() {
        // A vertex of Kharkiv Oblast's outline where it meets Belgorod Oblast: on the state border.
        Coordinate onBorder = java.util.Arrays.stream(territory.area("UA-63").getCoordinates())
                .filter(c -> territory.area("RU-BEL").isWithinDistance(new GeometryFactory().createPoint(c), 1e-9))
                .findFirst().orElseThrow();
        var where = territory.locate(onBorder.y, onBorder.x).orElseThrow();
        assertThat(where.regionCode()).isIn("UA-63", "RU-BEL");
        assertThat(territory.distanceToBoundaryKm("UA", onBorder.y, onBorder.x)).isLessThan(0.01);
        assertThat(territory.distanceToBoundaryKm("RU", onBorder.y, onBorder.x)).isLessThan(1.0);
        assertThat(territory.distanceToBoundaryKm("UA", 50.45, 30.52)).isBetween(60.0, 120.0); // Kyiv, ~85 km from Belarus
        assertThat(territory.distanceToBoundaryKm("XX", 50.45, 30.52)).isNaN();
    }

    @Test
    void theOccupationLayerShowsCrimeaUnderRussiaAndHasNoDataForThe2022Oblasts() {
        assertThat(occupation.locate(44.95, 34.10)).contains(new Territory.Location("RU", "UA-43", "Autonomous Republic of Crimea"));
        assertThat(occupation.locate(place("Sevastopol").lat(), place("Sevastopol").lon()).orElseThrow().country()).isEqualTo("RU");
        assertThat(occupation.contains("RU", place("Kerch").lat(), place("Kerch").lon())).isTrue();
        assertThat(occupation.locate(44.58, 33.25).orElseThrow().country()).isEqualTo("RU"); // its waters too
        // No registry dataset has the line in these oblasts: no answer rather than a guess.
        assertThat(occupation.locate(place("Melitopol").lat(), place("Melitopol").lon())).isEmpty();
        assertThat(occupation.locate(place("Donetsk").lat(), place("Donetsk").lon())).isEmpty();
        GazetteerEntry mariupol = place("Mariupol");
        assertThat(occupation.contains("UA", mariupol.lat(), mariupol.lon())).isFalse();
        assertThat(occupation.contains("RU", mariupol.lat(), mariupol.lon())).isFalse();
        // Elsewhere both layers agree.
        assertThat(occupation.locate(place("Kyiv").lat(), place("Kyiv").lon()).orElseThrow().country()).isEqualTo("UA");
        assertThat(occupation.locate(place("Belgorod").lat(), place("Belgorod").lon()).orElseThrow().regionCode()).isEqualTo("RU-BEL");
        assertThat(occupation.layer()).isEqualTo(TerritoryLayer.OCCUPATION);
    }

    @Test
    void layerNamesParseAndUnknownOnesAreNamed() {
        assertThat(TerritoryLayer.parse(" Occupation ")).isEqualTo(TerritoryLayer.OCCUPATION);
        assertThatThrownBy(() -> TerritoryLayer.parse("de-facto")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown territory layer 'de-facto' (expected recognised or occupation)");
    }

    @Test
    void coordinatesOutOfRangeAreAClearError() {
        assertThatThrownBy(() -> territory.locate(91, 30)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("latitude 91.0 is outside -90..90");
        assertThatThrownBy(() -> territory.locate(50, -181)).hasMessageContaining("longitude -181.0 is outside -180..180");
        assertThatThrownBy(() -> territory.locate(Double.NaN, 0)).hasMessageContaining("latitude NaN");
    }

    /** The most populous place of that name: test points come from the gazetteer, not typed by hand. */
    private GazetteerEntry place(String name) {
        return gazetteer.locate(name).stream().map(Gazetteer.Candidate::entry)
                .filter(e -> e.kind() == GazetteerEntry.Kind.PLACE).findFirst().orElseThrow();
    }
}
