package org.enduse.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.enduse.app.cli.Cli;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end on a real SQLite store in a temporary folder. */
class DemoRunTest {
    @TempDir
    Path tmp;

    private String runDemo(Path dir) {
        StringWriter text = new StringWriter();
        new DemoRun(dir, new PrintWriter(text, true), Clock.systemUTC()).run();
        return text.toString();
    }

    @Test
    void theDemoFlagsTheBelgianScarsAndOpensTheInquiry() throws Exception {
        Path dir = tmp.resolve("demo");
        String out = runDemo(dir);

        assertThat(out).contains("6 transfers with 8 lines, and 6 sightings");
        assertThat(out).containsPattern("src-02-nl +nl: .*equipment: FN SCAR");
        assertThat(out).containsPattern("src-05-uk +uk: .*equipment: FN SCAR, MaxxPro");
        assertThat(out).containsPattern("one story across [4-6] reports \\(src-01-en, src-02-nl.*\\), sharing .*fn-scar");
        assertThat(out).containsPattern("s-scar-belgorod +fn-scar held by rdk: most likely be-2023-01 .*-> potential violation");
        assertThat(out).contains("causes: UNAUTHORISED_LOCATION, UNAUTHORISED_END_USER, NON_STATE_ARMED_GROUP");
        assertThat(out).containsPattern("s-m777-bakhmut .*-> compliant");
        assertThat(out).contains("s-bren-belgorod    cz-bren-2: no candidate transfer");
        assertThat(out).contains("us-2022-mrap (US)").contains("pl-2022-mrap (PL)");
        assertThat(out).contains("State now: under investigation.");
        try (var letters = Files.list(dir.resolve("inquiries"))) {
            assertThat(letters.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".md")).anyMatch(n -> n.endsWith(".html"));
        }
        assertThat(dir.resolve("store")).isDirectory();

        // The inquiry is stored: the CLI finds it in the demo's data folder, with its timeline and letter.
        var list = Cli.run(dir.resolve("store"), "inquiry", "list", "--state", "under_investigation", "--today", "2023-06-20");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("inq_\\S+ +BE +UA +under_investigation +2023-07-06 +End use of FN SCAR").contains("1 inquiries");
        assertThat(Cli.run(dir.resolve("store"), "alerts", "--donor", "BE").out()).contains("s-scar-belgorod");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
        var show = Cli.run(dir.resolve("store"), "inquiry", "show", id, "--today", "2023-08-01");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("deadline: 2023-07-06 (overdue on 2023-08-01)", "sightings: s-scar-belgorod", "transfers: be-2023-01")
                .containsPattern("open +new -> draft +by demo").containsPattern("send +draft -> sent +by demo")
                .containsPattern("record +sent -> under_investigation +by demo")
                .contains("2023-06-06  outgoing  Letter drafted", id + ".md (text/markdown", "2023-06-15  incoming  investigation opened");
        candidatesWaitAndTheLoginSeesTheRecords(dir, out);
    }

    /** The ingested newer reports wait in the review queue, and the printed login sees the demo's records. */
    private static void candidatesWaitAndTheLoginSeesTheRecords(Path dir, String out) throws Exception {
        assertThat(out).containsPattern("ingested 2 newer reports .*: \\d+ mentions, \\d+ events, [1-9]\\d* candidates")
                .containsPattern("sighting of m1224-maxxpro: RU, .*held by Freedom of Russia Legion");
        var review = Cli.run(dir.resolve("store"), "review", "list");
        assertThat(review.code()).as(review.err()).isZero();
        assertThat(review.out()).containsPattern("sighting +pending +en .*M1224 MaxxPro +RU, Shebekino, held by Freedom of Russia Legion");

        Path login = dir.resolve("web-login.txt");
        assertThat(java.nio.file.Files.getPosixFilePermissions(login)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        String password = java.nio.file.Files.readAllLines(login).get(1).substring("password ".length());
        assertThat(out).contains("sign in as 'demo' with password " + password);
        try (var app = org.enduse.app.AppContext.open(dir.resolve("store"))) {
            var services = org.enduse.app.AppServices.of(app);
            var user = services.accounts().checkPassword("demo", password.toCharArray()).orElseThrow();
            assertThat(services.recordAccess().visibleIds("sighting", user.organisationId())).contains("s-scar-belgorod");
        }
    }

    @Test
    void aSecondRunStartsAfreshInTheSameFolder() {
        Path dir = tmp.resolve("demo");
        runDemo(dir);
        assertThat(runDemo(dir)).contains("6 transfers with 8 lines, and 6 sightings");
    }

    @Test
    void theDemoRefusesAFolderItDidNotMake() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("precious.txt"), "keep me");
        assertThatThrownBy(() -> runDemo(dir)).hasMessageContaining("holds data the demo did not create");
        assertThat(dir.resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void theCommandRunsTheDemoWithExitCodeZero() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "demo", "--data", tmp.resolve("cli").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Where to look next");
    }
}
