package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.enduse.app.AppContext;
import org.enduse.app.AppServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server remembers for a second who a token or session belongs to (CallerCache); every case
 * here first uses the credential, so it is remembered, then ends it and asks again.
 */
class RememberedCallersTest {
    @TempDir Path dir;
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTokenRevokedThroughTheApiIsRefusedAtTheNextRequest() {
        Http script = Http.bearer(server, "be-analyst");
        var issued = Http.json(script.send("POST", "/api/tokens", "{\"name\":\"cron\"}"));
        Http cron = new Http(server);
        cron.headers.put("Authorization", "Bearer " + issued.get("secret").asText());
        assertThat(cron.get("/api/tokens").statusCode()).isEqualTo(200);

        assertThat(script.send("DELETE", "/api/tokens/" + issued.get("token").get("id").asText(), null).statusCode()).isEqualTo(204);
        assertThat(cron.get("/api/tokens").statusCode()).isEqualTo(401);
        assertThat(script.get("/api/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void aUserDisabledThroughTheApiLosesSessionAndTokensAtTheNextRequest() {
        Http browser = Http.signedIn(server, "be-victim");
        Http script = Http.bearer(server, "be-victim");
        assertThat(browser.get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(script.get("/api/tokens").statusCode()).isEqualTo(200);

        Http admin = Http.signedIn(server, "be-admin");
        assertThat(admin.send("POST", "/api/users/" + server.users.get("be-victim").id() + "/disable", null).statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/tokens").statusCode()).isEqualTo(401);
        assertThat(script.get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedOutSessionIsRefusedAtTheNextRequestEvenWithTheOldCookie() {
        var signIn = new Http(server).send("POST", "/api/session", "{\"username\":\"be-analyst\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        // A client that keeps sending the cookie after signing out, as a stolen copy of it would.
        Http replay = new Http(server);
        replay.headers.put("Cookie", cookie);
        replay.headers.put("X-CSRF-Token", Http.json(signIn).get("csrfToken").asText());
        assertThat(replay.get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(replay.send("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        assertThat(replay.get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void aUserDisabledByAnotherProcessIsRefusedWithinTheRememberedSecond() throws InterruptedException {
        Http script = Http.bearer(server, "be-victim");
        assertThat(script.get("/api/tokens").statusCode()).isEqualTo(200);

        // As `enduse users disable` would: its own services on the same data, so this server hears nothing.
        try (AppContext other = AppContext.open(dir)) {
            AppServices.of(other).accounts().disable(server.users.get("be-victim").id(), "cli");
        }
        long disabledAt = System.nanoTime();
        int status;
        while ((status = script.get("/api/tokens").statusCode()) == 200 && System.nanoTime() - disabledAt < 5 * CallerCache.FOR_NANOS) {
            Thread.sleep(50);
        }
        assertThat(status).isEqualTo(401);
        assertThat(System.nanoTime() - disabledAt).isLessThan(CallerCache.FOR_NANOS + 2_000_000_000L);
    }
}
