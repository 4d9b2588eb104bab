package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.enduse.app.cli.Cli;
import org.enduse.app.cli.ingest.Reports;
import org.enduse.core.common.CountryCode;
import org.enduse.core.inquiry.Inquiry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue and the inquiries over real HTTP, on a store fed by the real ingest command:
 * BE (which owns what the command line stores) sees and decides its candidates and inquiries,
 * NL sees none of them, and only reviewers may decide.
 */
class ReviewAndInquiryRoutesTest {
    @TempDir Path dir;

    @Test
    void reviewersOfTheOwningOrganisationDecideCandidatesAndOthersCannotReachThem() throws Exception {
        try (TestServer server = new TestServer(dir.resolve("data"))) {
            var ingest = Cli.run(dir.resolve("data"), "ingest", Reports.write(dir.resolve("reports")).toString());
            assertThat(ingest.code()).as(ingest.err()).isZero();
            Http viewer = Http.bearer(server, "be-viewer");
            Http reviewer = Http.bearer(server, "be-reviewer");
            Http nl = Http.bearer(server, "nl-admin");

            var pending = Http.json(viewer.get("/api/review/candidates?kind=sighting&language=en"));
            assertThat(pending.size()).isPositive();
            String id = pending.get(0).get("id").asText();
            assertThat(pending.get(0).get("summary").asText()).contains("RU");
            assertThat(pending.get(0).get("quote").asText()).contains("Belgian FN SCAR rifles were seen");
            assertThat(Http.json(nl.get("/api/review/candidates")).size()).isZero();
            assertThat(nl.get("/api/review/candidates/" + id).statusCode()).isEqualTo(404);
            assertThat(nl.send("POST", "/api/review/candidates/" + id + "/accept", null).statusCode()).isEqualTo(404);

            var one = Http.json(viewer.get("/api/review/candidates/" + id));
            assertThat(one.get("evidence").asText()).startsWith("Belgian FN SCAR rifles");
            assertThat(viewer.send("POST", "/api/review/candidates/" + id + "/accept", null).statusCode()).isEqualTo(403);

            var badEdit = reviewer.send("PATCH", "/api/review/candidates/" + id, "{\"fields\": {\"country\": \"Belgorod\"}}");
            assertThat(badEdit.statusCode()).isEqualTo(400);
            assertThat(badEdit.body()).contains("BELGOROD");
            assertThat(Http.json(reviewer.send("PATCH", "/api/review/candidates/" + id, "{\"fields\": {\"observed\": \"2023-05\"}}"))
                    .get("fields").get("observed").asText()).isEqualTo("2023-05");

            var accepted = Http.json(reviewer.send("POST", "/api/review/candidates/" + id + "/accept", null));
            assertThat(accepted.get("status").asText()).isEqualTo("accepted");
            String sighting = accepted.get("recordId").asText();
            assertThat(server.services.recordAccess().ownership("sighting", sighting).orElseThrow().ownerOrganisationId()).isEqualTo(server.be.id());
            assertThat(reviewer.send("POST", "/api/review/candidates/" + id + "/accept", null).statusCode()).isEqualTo(400);
            assertThat(server.audit("sighting", sighting)).extracting(e -> e.user()).containsOnly("be-reviewer");

            String other = Http.json(viewer.get("/api/review/candidates")).get(0).get("id").asText();
            var noReason = reviewer.send("POST", "/api/review/candidates/" + other + "/reject", "{}");
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(noReason.body()).contains("reason");
            var rejected = Http.json(reviewer.send("POST", "/api/review/candidates/" + other + "/reject", "{\"reason\": \"a training exercise\"}"));
            assertThat(rejected.get("reason").asText()).isEqualTo("a training exercise");
        }
    }

    @Test
    void inquiriesShowTheirTimelineAndTakeRepliesFromCaseOfficersOnly() {
        try (TestServer server = new TestServer(dir.resolve("data"))) {
            var service = server.services.context().inquiries(java.time.Clock.systemUTC());
            var draft = new Inquiry("inq_web", CountryCode.of("BE"), CountryCode.of("UA"), "SCAR rifles <b>in</b> Belgorod", null, null,
                    List.of(), List.of("tr_scar"), List.of(), null);
            service.open("be-admin", draft, null, LocalDate.of(2023, 6, 1));
            service.send("be-admin", "inq_web", LocalDate.of(2023, 7, 6), LocalDate.of(2023, 6, 6));
            Http viewer = Http.bearer(server, "be-viewer");
            Http reviewer = Http.bearer(server, "be-reviewer");
            Http nl = Http.bearer(server, "nl-admin");

            assertThat(Http.json(viewer.get("/api/inquiries?state=open")).findValuesAsText("id")).containsExactly("inq_web");
            assertThat(Http.json(viewer.get("/api/inquiries?overdue=true")).findValuesAsText("id")).containsExactly("inq_web");
            assertThat(Http.json(viewer.get("/api/inquiries?party=PL")).size()).isZero();
            assertThat(Http.json(nl.get("/api/inquiries")).size()).isZero();
            assertThat(nl.get("/api/inquiries/inq_web").statusCode()).isEqualTo(404);

            assertThat(viewer.send("POST", "/api/inquiries/inq_web/replies", "{\"event\": \"acknowledged\"}").statusCode()).isEqualTo(403);
            var after = Http.json(reviewer.send("POST", "/api/inquiries/inq_web/replies",
                    "{\"event\": \"investigation-opened\", \"date\": \"2023-06-15\", \"note\": \"the minister confirms\"}"));
            assertThat(after.get("state").asText()).isEqualTo("under_investigation");
            assertThat(after.get("subject").asText()).isEqualTo("SCAR rifles <b>in</b> Belgorod");
            assertThat(after.get("events").findValuesAsText("action")).containsExactly("open", "send", "record");
            assertThat(after.get("correspondence").get(0).get("summary").asText()).isEqualTo("investigation opened: the minister confirms");

            var wrong = reviewer.send("POST", "/api/inquiries/inq_web/replies", "{\"event\": \"acknowledged\", \"date\": \"2023-06-20\"}");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("under investigation");
            assertThat(Http.json(reviewer.send("POST", "/api/inquiries/inq_web/close", "{\"outcome\": \"unresolved\", \"date\": \"2023-07-01\"}"))
                    .get("state").asText()).isEqualTo("closed");
        }
    }
}
