package org.enduse.app.cli.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.Test;

/** The geo commands end to end through the real command line and the bundled data. */
class GeoCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void locateListsCandidatesWithCountryRegionPointAndPopulation() {
        assertThat(run("geo", "locate", "Белгородской области", "Грайворон")).isZero();
        assertThat(out.toString())
                .contains("Белгородской области:")
                .containsPattern("region +Belgorod +RU, RU-BEL  50\\.\\d{4}, 3\\d\\.\\d{4}")
                .containsPattern("place +Grayvoron +RU, RU-BEL .*population \\d+ .*score 0\\.70 \\(transliterated name\\)");
    }

    @Test
    void anUnresolvedNameFailsOnlyWhenAskedTo() {
        assertThat(run("geo", "locate", "Xyzzyville")).isZero();
        assertThat(out.toString()).contains("Xyzzyville: unresolved");
        assertThat(run("geo", "locate", "--fail-unresolved", "Xyzzyville")).isEqualTo(1);
        assertThat(run("geo", "locate", "--limit", "0", "Kyiv")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit must be 1 or more, not 0");
    }

    @Test
    void whereTellsCountryRegionBorderAndNearestPlace() {
        assertThat(run("geo", "where", "50.60", "36.59")).isZero();
        assertThat(out.toString()).contains("country: RU (Russia)", "region:  Belgorod (RU-BEL)", "nearest: Belgorod, RU-BEL, RU",
                "layer:   recognised");
    }

    @Test
    void crimeaIsUkraineByDefaultAndUnderRussianOccupationInTheOccupationLayer() {
        assertThat(run("geo", "where", "44.95", "34.10")).isZero();
        assertThat(out.toString()).contains("country: UA (Ukraine)", "(UA-43)");
        out.getBuffer().setLength(0);
        assertThat(run("geo", "where", "--layer", "occupation", "44.95", "34.10")).isZero();
        assertThat(out.toString()).contains("country: RU (Russia)", "(UA-43)", "layer:   occupation");
    }

    @Test
    void theOccupationLayerSaysWhereItHasNoData() {
        assertThat(run("geo", "where", "--layer", "occupation", "46.85", "35.37")).isZero(); // Melitopol
        assertThat(out.toString()).contains("country: no data in this layer for Zaporizhzhia (UA-23)");
    }

    @Test
    void negativeCoordinatesNeedNoSeparatorAndTheOpenSeaIsNowhere() {
        assertThat(run("geo", "where", "-16.8", "179.9")).isZero();
        assertThat(out.toString()).contains("country: FJ (Fiji)");
        out.getBuffer().setLength(0);
        assertThat(run("geo", "where", "0", "-140")).isZero();
        assertThat(out.toString()).contains("country: none (open sea", "nearest: no populated place within 200 km");
    }

    @Test
    void coordinatesOutOfRangeAndUnknownLayersAreBadInput() {
        assertThat(run("geo", "where", "91", "30")).isEqualTo(2);
        assertThat(err.toString()).contains("latitude 91.0 is outside -90..90");
        assertThat(run("geo", "where", "50", "-180.5")).isEqualTo(2);
        assertThat(err.toString()).contains("longitude -180.5 is outside -180..180");
        assertThat(run("geo", "where", "fifty", "30")).isEqualTo(2);
        assertThat(err.toString()).contains("fifty");
        assertThat(run("geo", "where", "--layer", "de-facto", "50", "30")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown territory layer 'de-facto' (expected recognised or occupation)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpShowsExamples() {
        assertThat(run("geo", "where", "--help")).isZero();
        assertThat(out.toString()).contains("Examples:", "--layer occupation", "-90..90");
        assertThat(run("geo", "--help")).isZero();
        assertThat(out.toString()).contains("locate", "where");
    }
}
