package org.enduse.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enduse.app.AppContext;
import org.enduse.app.cli.Cli;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad file: the whole file is refused, the message says where, and the store is as before. */
class TransferImportErrorsTest {
    @TempDir
    Path dir;
    Path data;
    Path file;
    List<Transfer> before;
    int auditBefore;

    @BeforeEach
    void seedStore() {
        data = dir.resolve("data");
        file = dir.resolve("transfers.csv");
        assertThat(Cli.run(data, "transfers", "add", "--id", "tr_0", "--donor", "PL", "--recipient", "UA").code()).isZero();
        try (var app = AppContext.open(data)) {
            before = app.store().read(r -> r.transfers().list(TransferQuery.all()));
            auditBefore = app.store().read(r -> r.audit().list(null, null, 0)).size();
        }
    }

    private String importFails(String content) throws Exception {
        return importFails(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private String importFails(byte[] content) throws Exception {
        return importFails(file, content);
    }

    private String importFails(Path target, byte[] content) throws Exception {
        Files.write(target, content);
        var r = Cli.run(data, "transfers", "import", target.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        try (var app = AppContext.open(data)) {
            List<Transfer> transfersAfter = app.store().read(x -> x.transfers().list(TransferQuery.all()));
            int auditAfter = app.store().read(x -> x.audit().list(null, null, 0)).size();
            assertThat(transfersAfter).isEqualTo(before);
            assertThat(auditAfter).isEqualTo(auditBefore);
        }
        return r.err();
    }

    private static String replaceInRow(String csv, int row, String from, String to) {
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[row]).contains(from);
        lines[row] = lines[row].replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        return String.join("\r\n", lines);
    }

    @Test
    void theValidFileImports() {
        var r = importOk(Fixtures.TRANSFERS_CSV);
        assertThat(r.out()).contains("imported 2 transfers");
    }

    private Cli.Result importOk(String content) {
        try {
            Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var r = Cli.run(data, "transfers", "import", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void aBadDate() throws Exception {
        String err = importFails(replaceInRow(Fixtures.TRANSFERS_CSV, 3, ",2023,", ",2023-13,"));
        assertThat(err).contains(file + ": row 3, column announced: '2023-13' is not a calendar date");
    }

    @Test
    void anUnknownCountryCode() throws Exception {
        String err = importFails(replaceInRow(Fixtures.TRANSFERS_CSV, 3, ",US,", ",XX,"));
        assertThat(err).contains(file + ": row 3, column donor: unknown country code 'XX'");
    }

    @Test
    void aNegativeQuantity() throws Exception {
        String err = importFails(replaceInRow(Fixtures.TRANSFERS_CSV, 2, ",1.5,", ",-5,"));
        assertThat(err).contains(file + ": row 2, column quantity: must not be negative");
    }

    @Test
    void aDuplicateSerialWithinALine() throws Exception {
        String err = importFails(replaceInRow(Fixtures.TRANSFERS_CSV, 1, "FN100..FN199;FN-7", "FN100..FN199;FN-7;FN150"));
        assertThat(err).contains(file + ": row 1, column serials: serial FN150 is listed twice");
    }

    @Test
    void anUnterminatedQuote() throws Exception {
        String csv = Fixtures.TRANSFERS_CSV;
        String err = importFails(csv.substring(0, csv.indexOf("5.56 mm ammunition") + 8));
        assertThat(err).contains(file + ": row 2, column equipment_description: a quoted field is never closed");
    }

    @Test
    void aShortLastRow() throws Exception {
        String csv = Fixtures.TRANSFERS_CSV;
        String err = importFails(csv.substring(0, csv.indexOf("tr_2,,US") + 8));
        assertThat(err).contains(file + ": row 3, column recipient: the last row has 3 of 21 columns: the file may be truncated");
    }

    @Test
    void invalidUtf8() throws Exception {
        var bytes = new ByteArrayOutputStream();
        String csv = Fixtures.TRANSFERS_CSV;
        int at = csv.indexOf("maxxpro") + 3;
        bytes.write(csv.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write(csv.substring(at).getBytes(StandardCharsets.UTF_8));
        String err = importFails(bytes.toByteArray());
        assertThat(err).contains(file + ": row 3, column equipment_type: invalid UTF-8 at byte");
    }

    @Test
    void aMissingRequiredColumn() throws Exception {
        String err = importFails(Fixtures.TRANSFERS_CSV.replaceFirst("donor,", "giver,"));
        assertThat(err).contains(file + ": column donor: the required column is missing");
    }

    @Test
    void everyProblemInTheFileIsReported() throws Exception {
        String csv = replaceInRow(replaceInRow(Fixtures.TRANSFERS_CSV, 3, ",US,", ",XX,"), 2, ",1.5,", ",-5,");
        String err = importFails(csv);
        assertThat(err).contains("row 3, column donor").contains("row 2, column quantity");
    }

    @Test
    void rowsOfOneTransferMustAgree() throws Exception {
        String err = importFails(replaceInRow(Fixtures.TRANSFERS_CSV, 2, "Package 14", "Package 15"));
        assertThat(err).contains(file + ": row 2, column name: differs from row 1 of the same transfer tr_1");
    }

    @Test
    void reimportingIsRefusedByIdUnlessUpsert() throws Exception {
        importOk(Fixtures.TRANSFERS_CSV);
        try (var app = AppContext.open(data)) {
            before = app.store().read(r -> r.transfers().list(TransferQuery.all()));
            auditBefore = app.store().read(r -> r.audit().list(null, null, 0)).size();
        }
        String err = importFails(Fixtures.TRANSFERS_CSV);
        assertThat(err).contains("transfer tr_1 already exists in the store (use --upsert to replace it)")
                .contains("transfer tr_2 already exists");
        var r = Cli.run(data, "transfers", "import", "--upsert", file.toString());
        assertThat(r.code()).isZero();
        assertThat(Cli.run(data, "audit", "list", "--id", "tr_1").out()).contains("create").contains("update");
    }

    /** A JSON file of two transfers whose second one has {@code secondLine} as its only line. */
    private String jsonFails(String transferFields, String secondLine) throws Exception {
        String json = "[{\"id\":\"tr_8\",\"donor\":\"BE\",\"recipient\":\"UA\"},\n {\"id\":\"tr_9\"," + transferFields
                + ",\"lines\":[" + secondLine + "]}]";
        return importFails(dir.resolve("transfers.json"), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonABadDate() throws Exception {
        String err = jsonFails("\"donor\":\"BE\",\"recipient\":\"UA\",\"announced\":\"2023-02-30\"", "");
        assertThat(err).contains("transfers.json: row 2, column announced: '2023-02-30' is not a calendar date");
    }

    @Test
    void jsonAnUnknownCountryCode() throws Exception {
        String err = jsonFails("\"donor\":\"BE\",\"recipient\":\"UK\"", "");
        assertThat(err).contains("transfers.json: row 2, column recipient: unknown country code 'UK'");
    }

    @Test
    void jsonANegativeQuantity() throws Exception {
        String err = jsonFails("\"donor\":\"BE\",\"recipient\":\"UA\"",
                "{\"id\":\"l1\",\"equipment\":{\"typeId\":\"fn-scar-l\"},\"quantity\":{\"amount\":-5}}");
        assertThat(err).contains("transfers.json: row 2, column lines.[0].quantity: must not be negative (got -5)");
    }

    @Test
    void jsonADuplicateSerialWithinALine() throws Exception {
        String err = jsonFails("\"donor\":\"BE\",\"recipient\":\"UA\"",
                "{\"id\":\"l1\",\"equipment\":{\"typeId\":\"fn-scar-l\"},\"serials\":[\"FN100..FN199\",\"FN-150\"]}");
        assertThat(err).contains("transfers.json: row 2, column lines.[0].serials: serial FN-150 is listed twice");
    }

    @Test
    void jsonAnUnknownStatusListsTheAllowedOnes() throws Exception {
        String err = jsonFails("\"donor\":\"BE\",\"recipient\":\"UA\"", "{\"id\":\"l1\",\"equipment\":{\"typeId\":\"fn-scar-l\"},"
                + "\"history\":[{\"status\":\"handed over\",\"date\":\"2023\"}]}");
        assertThat(err).contains("transfers.json: row 2, column lines.[0].history.[0].status: 'handed over' is not one of pledged, approved");
    }

    @Test
    void jsonATruncatedFile() throws Exception {
        String err = importFails(dir.resolve("transfers.json"),
                "[{\"id\":\"tr_8\",\"donor\":\"BE\",\"recipient\":\"UA\"},\n {\"id\":\"tr_9\",\"don".getBytes(StandardCharsets.UTF_8));
        assertThat(err).contains("transfers.json: not valid JSON at line 2").contains("is the file truncated?");
    }

    @Test
    void jsonInvalidUtf8() throws Exception {
        var bytes = new ByteArrayOutputStream();
        bytes.write("[{\"id\":\"tr_8\",\"donor\":\"BE\",\n\"recipient\":\"U".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("A\"}]".getBytes(StandardCharsets.UTF_8));
        String err = importFails(dir.resolve("transfers.json"), bytes.toByteArray());
        assertThat(err).contains("transfers.json: invalid UTF-8 at byte 42 (line 2;");
    }

    @Test
    void jsonAMissingRequiredField() throws Exception {
        String err = jsonFails("\"recipient\":\"UA\"", "");
        assertThat(err).contains("transfers.json: row 2, column donor: is required");
    }

    @Test
    void aBadJsonRecordNamesItsNumberAndField() throws Exception {
        Path json = dir.resolve("transfers.json");
        Files.writeString(json, "[{\"id\":\"tr_9\",\"donor\":\"BE\",\"recipient\":\"UA\"},{\"id\":\"tr_10\",\"donor\":\"QQ\",\"recipient\":\"UA\"}]");
        var r = Cli.run(data, "transfers", "import", json.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(json + ": row 2, column donor: unknown country code 'QQ'");
        assertThat(Cli.run(data, "transfers", "list").out()).doesNotContain("tr_9");
    }
}
