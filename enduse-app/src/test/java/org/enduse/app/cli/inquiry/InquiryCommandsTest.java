package org.enduse.app.cli.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.enduse.app.AppContext;
import org.enduse.app.cli.Cli;
import org.enduse.app.cli.SampleRecords;
import org.enduse.core.inquiry.AttachmentUpload;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.InquiryState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every inquiry command on a real SQLite store holding the demo's sample transfers and sightings. */
class InquiryCommandsTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void loadSamples() {
        data = tmp.resolve("data");
        SampleRecords.load(data, tmp);
        ok("assess");
    }

    private Cli.Result ok(String... args) {
        return SampleRecords.ok(data, args);
    }

    private String fails(String... args) {
        var r = Cli.run(data, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out()).isEqualTo(2);
        return r.err();
    }

    private String openFromAlert() {
        var open = ok("inquiry", "open", "--from-alert", "s-scar-belgorod", "--out", tmp.resolve("letters").toString(), "--today", "2023-06-06");
        return open.out().replaceAll("(?s).*Opened (inq_\\S+).*", "$1");
    }

    @Test
    void anInquiryFromAnAlertGoesFromDraftToClosedWithItsLetterAndAttachments() throws Exception {
        String id = openFromAlert();
        assertThat(tmp.resolve("letters").resolve(id + ".md")).content().contains("Belgorod").contains("UNAUTHORISED\\_LOCATION");
        assertThat(tmp.resolve("letters").resolve(id + ".html")).content().contains("<li>");

        assertThat(ok("inquiry", "send", id, "--deadline", "2023-07-06", "--today", "2023-06-06").out()).contains("answer due 2023-07-06");
        Path reply = Files.writeString(tmp.resolve("reply.txt"), "Investigation opened by the Ministry of Defence.");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(reply)));
        assertThat(ok("inquiry", "record", id, "--event", "investigation-opened", "--date", "2023-06-15", "--note", "Minister confirms",
                "--attach", reply.toString()).out()).contains("now under_investigation").contains("1 attachment");
        assertThat(data.resolve("attachments").resolve(sha.substring(0, 2)).resolve(sha)).hasSameBinaryContentAs(reply);

        String show = ok("inquiry", "show", id, "--today", "2023-06-20").out();
        assertThat(show).contains(id + "  BE -> UA  under_investigation", "deadline: 2023-07-06\n", "sightings: s-scar-belgorod",
                        "transfers: be-2023-01", "assessments: as_s-scar-belgorod_be-2023-01_l1", "2023-06-06  outgoing  Letter drafted",
                        "reply.txt (text/plain, 48 bytes, sha256 " + sha + ")", "incoming  investigation opened: Minister confirms")
                .containsPattern("send +draft -> sent +by \\S+: answer due 2023-07-06");

        ok("inquiry", "record", id, "--event", "answered", "--date", "2023-07-01");
        assertThat(ok("inquiry", "close", id, "--outcome", "loss-explained", "--note", "captured", "--date", "2023-07-10").out())
                .contains("closed on 2023-07-10: loss explained");
        assertThat(ok("inquiry", "show", id).out()).contains("closed", "outcome: loss explained").containsPattern("close +answered -> closed");
        assertThat(ok("inquiry", "list", "--state", "closed").out()).contains(id).contains("1 inquiries");
        assertThat(ok("audit", "list", "--type", "inquiry").out()).contains("inquiry.open", "inquiry.send", "inquiry.record", "inquiry.close");
    }

    @Test
    void overdueIsSentOrAwaitedAndPastTheDeadline() {
        String id = openFromAlert();
        String manual = ok("inquiry", "open", "--from", "PL", "--to", "UA", "--subject", "MaxxPros with the raiders", "--sighting", "s-maxxpro-raid",
                "--transfer", "pl-2022-mrap", "--today", "2023-06-01").out().replaceAll("(?s).*Opened (inq_\\S+).*", "$1");
        ok("inquiry", "send", id, "--today", "2023-06-06");

        assertThat(ok("inquiry", "list", "--overdue", "--today", "2023-07-06").out()).contains("0 inquiries");
        String late = ok("inquiry", "list", "--overdue", "--today", "2023-07-07").out();
        assertThat(late).contains(id, "overdue", "1 inquiries").doesNotContain(manual); // a draft is never overdue
        assertThat(ok("inquiry", "show", id, "--today", "2023-07-07").out()).contains("deadline: 2023-07-06 (overdue on 2023-07-07)");
        assertThat(ok("inquiry", "list", "--party", "PL").out()).contains(manual).doesNotContain(id);
        assertThat(ok("inquiry", "list", "--party", "UA").out()).contains("2 inquiries");
        assertThat(ok("inquiry", "list", "--state", "draft").out()).contains(manual).contains("1 inquiries");
    }

    @Test
    void badInputIsRefusedWithTheInputNamedAndNothingChanged() throws Exception {
        String id = openFromAlert();
        assertThat(fails("inquiry", "show", "inq_nope")).contains("no inquiry 'inq_nope'");
        assertThat(fails("inquiry", "send", "inq_nope")).contains("no inquiry 'inq_nope'");
        assertThat(fails("inquiry", "record", id, "--event", "acknowledged", "--date", "2023-06-31")).contains("--date: '2023-06-31' is not a date");
        assertThat(fails("inquiry", "record", id, "--event", "acknowledged", "--date", "2023-06-10"))
                .contains("inquiry " + id + ": cannot go from draft to acknowledged; from draft it can go to sent, closed");
        assertThat(fails("inquiry", "record", id, "--event", "shrugged", "--date", "2023-06-10")).contains("--event", "'shrugged'", "investigation_opened");
        assertThat(fails("inquiry", "send", id, "--deadline", "2023-06-01", "--date", "2023-06-06"))
                .contains("deadline: 2023-06-01 is before the day it is sent (2023-06-06)");
        assertThat(fails("inquiry", "send", id, "--deadline", "next week")).contains("--deadline: 'next week' is not a date");
        assertThat(fails("inquiry", "close", id, "--outcome", "no_violation")).contains("was never sent, so it can only be closed as withdrawn");
        assertThat(fails("inquiry", "close", id, "--outcome", "shrug")).contains("--outcome", "'shrug' is not an outcome");
        ok("inquiry", "send", id, "--today", "2023-06-06");
        assertThat(fails("inquiry", "record", id, "--event", "answered", "--date", "2023-06-10", "--attach", tmp.resolve("missing.pdf").toString()))
                .contains("--attach: " + tmp.resolve("missing.pdf") + " is not a readable file");
        assertThat(fails("inquiry", "list", "--today", "yesterday")).contains("--today: 'yesterday' is not a date");
        assertThat(fails("inquiry", "list", "--state", "pending")).contains("'pending' is not one of draft, sent");
        assertThat(fails("inquiry", "list", "--party", "XX1")).contains("--party");

        // None of the refused steps left a trace: still sent, with the open and send events only.
        String show = ok("inquiry", "show", id).out();
        assertThat(show).contains(id + "  BE -> UA  sent").doesNotContain("record ").doesNotContain("answered");
        ok("inquiry", "close", id, "--outcome", "withdrawn");
        assertThat(fails("inquiry", "record", id, "--event", "answered", "--date", "2023-06-10")).contains("is closed; nothing more can be logged");
    }

    @Test
    void openingNeedsPartiesAndSubjectOrAnAlertAndExistingRecords() {
        assertThat(fails("inquiry", "open", "--from", "BE", "--to", "UA")).contains("give --from, --to and --subject, or --from-alert");
        assertThat(fails("inquiry", "open", "--from", "BE", "--to", "UA", "--subject", "x", "--sighting", "s-none"))
                .contains("sighting", "no sighting with id 's-none'");
        assertThat(fails("inquiry", "open", "--from", "B3", "--to", "UA", "--subject", "x")).contains("--from");
        assertThat(fails("inquiry", "open", "--from-alert", "s-m777-bakhmut")).contains("s-m777-bakhmut raises no alert");
        assertThat(fails("inquiry", "open", "--from-alert", "s-none")).contains("--from-alert: no sighting with id 's-none'");
        assertThat(fails("inquiry", "open", "--from-alert", "s-scar-belgorod", "--to", "PL")).contains("--to: the alert is about a transfer to UA, not PL");
        assertThat(ok("inquiry", "list").out()).contains("0 inquiries");
    }

    @Test
    void theServiceAttachesFilesWithoutMovingTheInquiry() {
        String id = openFromAlert();
        try (var app = AppContext.open(data)) {
            var service = app.inquiries(Clock.fixed(Instant.parse("2023-06-07T09:00:00Z"), ZoneOffset.UTC));
            var after = service.attach("web-user", id, Correspondence.Direction.OUTGOING, "annex: the delivery receipt",
                    List.of(new AttachmentUpload("receipt.pdf", "application/pdf", new byte[] {37, 80, 68, 70})), service.today());
            assertThat(after.inquiry().state()).isEqualTo(InquiryState.DRAFT);
            var annex = after.correspondence().get(1).attachments().get(0);
            assertThat(service.attachment(annex)).containsExactly(37, 80, 68, 70);
        }
        assertThat(ok("inquiry", "show", id).out()).contains("2023-06-07  outgoing  annex: the delivery receipt", "receipt.pdf (application/pdf, 4 bytes")
                .containsPattern("2023-06-07T09:00:00Z  record +draft -> draft +by web-user");
    }
}
