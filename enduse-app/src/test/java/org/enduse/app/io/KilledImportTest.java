package org.enduse.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enduse.app.AppContext;
import org.enduse.app.cli.Cli;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of an import leaves the store exactly as it was. */
class KilledImportTest {
    private static final int TRANSFERS = 3000;

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void killingTheProcessMidTransactionLeavesNothing() throws Exception {
        Path data = dir.resolve("data");
        assertThat(Cli.run(data, "transfers", "add", "--id", "tr_0", "--donor", "PL", "--recipient", "UA",
                "--equipment", "t-72m1", "--quantity", "10").code()).isZero();
        List<Transfer> before;
        List<AuditEntry> auditBefore;
        try (var app = AppContext.open(data)) {
            before = app.store().read(r -> r.transfers().list(TransferQuery.all()));
            auditBefore = app.store().read(r -> r.audit().list(null, null, 0));
        }

        Path file = dir.resolve("large.csv");
        var csv = new StringBuilder("transfer_id,donor,recipient,announced,line_id,equipment_type,quantity,serials,history\n");
        for (int i = 0; i < TRANSFERS; i++) {
            csv.append("tr_big").append(i).append(",BE,UA,2023-01,l1,fn-scar-l,100,SN").append(i).append("000..SN").append(i)
                    .append("099,delivered@2023-03\n");
        }
        Files.writeString(file, csv);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportThenHang.class.getName(),
                data.toString(), file.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            var seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.contains(ImportThenHang.MARKER)) seen.append(line).append('\n');
            assertThat(line).as("child output:\n" + seen).isNotNull();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (var app = AppContext.open(data)) {
            List<Transfer> transfersAfter = app.store().read(r -> r.transfers().list(TransferQuery.all()));
            List<AuditEntry> auditAfter = app.store().read(r -> r.audit().list(null, null, 0));
            assertThat(transfersAfter).isEqualTo(before);
            assertThat(auditAfter).isEqualTo(auditBefore);
        }
        var r = Cli.run(data, "transfers", "import", file.toString());
        assertThat(r.code()).as("the store still takes the same import afterwards: " + r.err()).isZero();
    }
}
