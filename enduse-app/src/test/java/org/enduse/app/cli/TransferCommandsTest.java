package org.enduse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.enduse.app.AppContext;
import org.enduse.core.transfer.LifecycleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandsTest {
    @TempDir
    Path data;

    private Cli.Result addScar() {
        return Cli.run(data, "transfers", "add", "--id", "tr_1", "--donor", "BE", "--recipient", "UA", "--announced", "2023-01",
                "--equipment", "fn-scar-l", "--quantity", "200", "--serials", "FN100..FN299", "--status", "pledged@2023-01",
                "--status", "delivered@2023-03", "--territory", "UA", "--end-user", "ua-afu", "--purpose", "self_defence", "--retransfer-consent");
    }

    @Test
    void addsListsAndShowsATransfer() {
        assertThat(addScar().code()).isZero();
        var list = Cli.run(data, "transfers", "list", "--donor", "be", "--status", "delivered");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("tr_1").contains("200 items fn-scar-l (delivered)");
        assertThat(Cli.run(data, "transfers", "list", "--recipient", "PL").out()).doesNotContain("tr_1");
        var show = Cli.run(data, "transfers", "show", "tr_1");
        assertThat(show.out()).contains("BE -> UA").contains("serials: FN100..FN299").contains("re-transfer needs consent");
        try (var app = AppContext.open(data)) {
            var t = app.store().read(r -> r.transfers().find("tr_1")).orElseThrow();
            assertThat(t.lines().get(0).status()).isEqualTo(LifecycleStatus.DELIVERED);
        }
    }

    @Test
    void everyChangeLeavesAnAuditEntryWithTheUser() {
        addScar();
        var audit = Cli.run(data, "audit", "list", "--format", "csv");
        assertThat(audit.code()).isZero();
        assertThat(audit.out()).contains("create,transfer,tr_1").contains(System.getProperty("user.name"));
        assertThat(Cli.run(data, "audit", "list", "--type", "sighting").out()).doesNotContain("tr_1");
        assertThat(Cli.run(data, "audit", "list", "--user", "nobody-" + System.nanoTime()).out()).doesNotContain("tr_1");
        assertThat(Cli.run(data, "audit", "list", "--since", "2000").out()).contains("tr_1");
        assertThat(Cli.run(data, "audit", "list", "--since", "9999").out()).doesNotContain("tr_1");
    }

    @Test
    void aBadCountryIsExitTwoWithTheProblem() {
        var r = Cli.run(data, "transfers", "add", "--donor", "XX", "--recipient", "UA");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--donor: unknown country code 'XX'");
    }

    @Test
    void theDataOptionWorksAfterTheSubcommandToo() {
        addScar();
        var out = new StringWriter();
        int code = EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "transfers", "list", "--data", data.toString(), "--format", "json");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"id\" : \"tr_1\"");
    }

    @Test
    void showingAnUnknownIdIsExitTwo() {
        var r = Cli.run(data, "transfers", "show", "tr_nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no transfer with id tr_nope");
    }
}
