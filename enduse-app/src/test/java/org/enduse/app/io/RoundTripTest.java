package org.enduse.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enduse.app.AppContext;
import org.enduse.app.cli.Cli;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, then import into an empty store, gives the same records, field for field. */
class RoundTripTest {
    @TempDir
    Path dir;

    /** A new store holding {@code csv} imported through the CLI as {@code kind} ("transfers" or "sightings"). */
    private Path storeWith(String kind, String csv) throws Exception {
        Path data = dir.resolve("a"), in = dir.resolve("in.csv");
        Files.writeString(in, csv);
        var r = Cli.run(data, kind, "import", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return data;
    }

    private static List<Transfer> transfers(Path data) {
        try (var app = AppContext.open(data)) {
            return app.store().read(r -> r.transfers().list(TransferQuery.all()));
        }
    }

    private static List<Sighting> sightings(Path data) {
        try (var app = AppContext.open(data)) {
            return app.store().read(r -> r.sightings().list(SightingQuery.all()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    void transfersSurviveExportAndImport(String format) throws Exception {
        Path original = storeWith("transfers", Fixtures.TRANSFERS_CSV), copy = dir.resolve("b");
        Path exported = dir.resolve("out." + format);
        assertThat(Cli.run(original, "transfers", "export", "--output", exported.toString()).code()).isZero();
        var r = Cli.run(copy, "transfers", "import", exported.toString());
        assertThat(r.code()).as(r.err()).isZero();

        List<Transfer> stored = transfers(original);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).note()).isEqualTo("terms; noted, \"quoted\"");
        assertThat(stored.get(0).lines().get(0).history().get(1).note()).isEqualTo("by road; then rail");
        assertThat(transfers(copy)).isEqualTo(stored);
        Path again = dir.resolve("again." + format);
        Cli.run(copy, "transfers", "export", "--output", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    void sightingsSurviveExportAndImport(String format) throws Exception {
        Path original = storeWith("sightings", Fixtures.SIGHTINGS_CSV), copy = dir.resolve("b");
        Path exported = dir.resolve("out." + format);
        assertThat(Cli.run(original, "sightings", "export", "--output", exported.toString()).code()).isZero();
        var r = Cli.run(copy, "sightings", "import", exported.toString());
        assertThat(r.code()).as(r.err()).isZero();

        List<Sighting> stored = sightings(original);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).note()).isEqualTo("note with \"quotes\", commas\nand a newline");
        assertThat(stored.get(0).place().lat()).isEqualTo(50.4567);
        assertThat(sightings(copy)).isEqualTo(stored);
    }

    @Test
    void sightingListsFilterByHolderAndCountry() throws Exception {
        Path data = storeWith("sightings", Fixtures.SIGHTINGS_CSV);
        assertThat(Cli.run(data, "sightings", "list", "--holder", "legion").out()).contains("si_2").doesNotContain("si_1");
        assertThat(Cli.run(data, "sightings", "list", "--country", "UA").out()).doesNotContain("si_");
        assertThat(Cli.run(data, "sightings", "show", "si_1").out()).contains("Kozinka").contains("FN150, FN151");
        assertThat(Cli.run(data, "sightings", "list", "--since", "2023-05-22").out()).contains("si_1").contains("si_2");
        assertThat(Cli.run(data, "sightings", "list", "--since", "2023-06").out()).doesNotContain("si_");
        assertThat(Cli.run(data, "sightings", "list", "--verification", "geolocated").out()).contains("si_1").doesNotContain("si_2");
        var bad = Cli.run(data, "sightings", "list", "--since", "May 2023");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--since: 'May 2023' is not a date");
    }

    @Test
    void transferListsAndExportsFilterBySince() throws Exception {
        Path data = storeWith("transfers", Fixtures.TRANSFERS_CSV);
        // tr_1 was delivered on 2023-03-02; tr_2 is dated only "2023", which may be any day of the year.
        assertThat(Cli.run(data, "transfers", "list", "--since", "2023-03").out()).contains("tr_1").contains("tr_2");
        assertThat(Cli.run(data, "transfers", "list", "--since", "2023-03-03").out()).doesNotContain("tr_1").contains("tr_2");
        var exported = Cli.run(data, "transfers", "export", "--since", "2023-03-03", "--format", "json");
        assertThat(exported.out()).contains("\"tr_2\"").doesNotContain("\"tr_1\"");
        assertThat(Cli.run(data, "transfers", "list", "--since", "2024").out()).doesNotContain("tr_");
    }
}
