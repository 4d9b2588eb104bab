package org.enduse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.enduse.app.io.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SightingCommandsTest {
    @TempDir
    Path data;

    @Test
    void addsListsShowsAndAuditsASighting() {
        var add = Cli.run(data, "sightings", "add", "--id", "si_1", "--equipment", "fn-scar-l", "--quantity", "2", "--observed", "2023-05-22",
                "--place", "Kozinka", "--country", "RU", "--region", "RU-BEL", "--lat", "50.45", "--lon", "36.89", "--holder", "rdk",
                "--serial", "FN150", "--marking", "Z", "--verification", "geolocated");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(Cli.run(data, "sightings", "list", "--holder", "rdk", "--country", "ru").out()).contains("si_1").contains("geolocated");
        assertThat(Cli.run(data, "sightings", "list", "--status", "captured").out()).doesNotContain("si_1");
        assertThat(Cli.run(data, "sightings", "show", "si_1", "--json").out()).contains("\"serials\" : [ \"FN150\" ]");
        assertThat(Cli.run(data, "audit", "list", "--type", "sighting").out()).contains("create").contains("si_1");
    }

    @Test
    void aBadOptionValueNamesTheOption() {
        var r = Cli.run(data, "sightings", "add", "--equipment", "fn-scar-l", "--observed", "2023-02-30");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--observed: '2023-02-30' is not a calendar date");
        assertThat(Cli.run(data, "sightings", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void aBadSightingFileIsRefusedWholeWithEveryProblemPlaced() throws Exception {
        Path file = data.resolve("sightings.csv");
        String csv = Fixtures.SIGHTINGS_CSV.replace(",50.4567,", ",95.5,").replace("FN150;FN151", "FN150;FN 150")
                .replace(",2023-05,", ",2023-5,");
        Files.writeString(file, csv);
        var r = Cli.run(data, "sightings", "import", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ": row 1, column lat: latitude 95.5 is outside -90..90")
                .contains(file + ": row 2, column observed: '2023-5' is not a date");
        Files.writeString(file, Fixtures.SIGHTINGS_CSV.replace("FN150;FN151", "FN150;FN 150"));
        r = Cli.run(data, "sightings", "import", file.toString());
        assertThat(r.err()).contains(file + ": row 1, column serials: serial FN 150 is listed twice (also as FN150)");
        assertThat(Cli.run(data, "sightings", "list", "--format", "csv").out().lines()).hasSize(1);
        assertThat(Cli.run(data, "audit", "list", "--format", "csv").out().lines()).hasSize(1);
    }
}
