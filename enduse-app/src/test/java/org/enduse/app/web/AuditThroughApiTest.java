package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.enduse.core.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change through the API lands in the audit log with the user who made it. */
class AuditThroughApiTest {
    @TempDir Path dir;

    @Test
    void changesAreLoggedWithTheirUser() {
        try (TestServer server = new TestServer(dir)) {
            Http admin = Http.signedIn(server, "be-admin");
            var added = admin.send("POST", "/api/users", "{\"username\":\"carol\",\"displayName\":\"Carol\",\"role\":\"analyst\",\"password\":\"correct horse battery\"}");
            assertThat(added.statusCode()).isEqualTo(201);
            String carol = Http.json(added).get("id").asText();
            assertThat(Http.json(added).get("role").asText()).isEqualTo("analyst");
            admin.send("PUT", "/api/records/transfer/tr_scar/sharing/" + server.nl.id(), null);
            admin.send("POST", "/api/users/" + carol + "/disable", null);
            admin.send("DELETE", "/api/session", null);

            assertThat(server.audit("user", carol)).extracting(AuditEntry::user, AuditEntry::action)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("be-admin", "user.add"), org.assertj.core.groups.Tuple.tuple("be-admin", "user.disable"));
            assertThat(server.audit("transfer", "tr_scar")).filteredOn(e -> !e.user().equals("test")).extracting(AuditEntry::user, AuditEntry::action, AuditEntry::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("be-admin", "record.share", "Defensie (NL)"));
            assertThat(server.lastAudit()).extracting(AuditEntry::user, AuditEntry::action).containsExactly("be-admin", "session.end");
        }
    }

    @Test
    void aChangeWhoseServiceWritesNoEntryGetsOneFromTheRouter() {
        try (TestServer server = new TestServer(dir)) {
            // Signing out with an API token ends no session, so no service logs it: the router does.
            var r = Http.bearer(server, "be-reviewer").send("DELETE", "/api/session", null);
            assertThat(r.statusCode()).isEqualTo(204);
            assertThat(server.lastAudit()).extracting(AuditEntry::user, AuditEntry::action, AuditEntry::entityId)
                    .containsExactly("be-reviewer", "signOut", "/api/session");
        }
    }
}
