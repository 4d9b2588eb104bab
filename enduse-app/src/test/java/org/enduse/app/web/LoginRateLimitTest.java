package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.enduse.core.account.LoginThrottle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in is refused for a while after repeated failures, per account and per address. */
class LoginRateLimitTest {
    @TempDir Path dir;

    private static int signIn(Http http, String username, String password) {
        return http.send("POST", "/api/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").statusCode();
    }

    @Test
    void anAccountIsBlockedAfterRepeatedFailuresEvenForTheRightPassword() {
        try (TestServer server = new TestServer(dir)) {
            Http http = new Http(server);
            for (int i = 0; i < LoginThrottle.DEFAULT.perAccount(); i++) assertThat(signIn(http, "be-viewer", "wrong password " + i)).isEqualTo(401);
            var blocked = http.send("POST", "/api/session", "{\"username\":\"BE-viewer\",\"password\":\"" + TestServer.PASSWORD + "\"}");
            assertThat(blocked.statusCode()).isEqualTo(429);
            assertThat(blocked.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(s -> assertThat(s).isBetween(800, 900));
            assertThat(signIn(http, "be-analyst", TestServer.PASSWORD)).as("other accounts are not blocked").isEqualTo(200);
            assertThat(server.audit(null, null)).filteredOn(e -> e.action().equals("session.refused")).hasSize(5)
                    .allSatisfy(e -> assertThat(e.detail()).isEqualTo("from 127.0.0.1"));
        }
    }

    @Test
    void anAddressIsBlockedAfterFailingAcrossManyAccounts() {
        try (TestServer server = new TestServer(dir)) {
            Http http = new Http(server);
            for (int i = 0; i < LoginThrottle.DEFAULT.perAddress(); i++) assertThat(signIn(http, "guess" + i, "wrong password")).isEqualTo(401);
            assertThat(signIn(http, "be-admin", TestServer.PASSWORD)).isEqualTo(429);
        }
    }
}
