package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cookies, CSRF, origin checks and security headers, over real HTTP. */
class SessionSecurityTest {
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
    void signInSetsAnHttpOnlyStrictCookieAndGivesTheCsrfToken() {
        HttpResponse<String> r = new Http(server).send("POST", "/api/session", "{\"username\":\"be-admin\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("enduse_session=eus_").contains("; HttpOnly", "; SameSite=Strict", "; Path=/").doesNotContain("Secure");
        var body = Http.json(r);
        assertThat(body.get("csrfToken").asText()).hasSizeGreaterThan(30);
        assertThat(body.get("user").get("username").asText()).isEqualTo("be-admin");
        assertThat(body.get("user").has("passwordHash")).isFalse();
        assertThat(r.body()).doesNotContain("argon2");
    }

    @Test
    void behindSecureCookiesTheCookieIsSecureWithTheHostPrefix(@TempDir Path other) {
        try (TestServer secure = new TestServer(other, true)) {
            HttpResponse<String> r = new Http(secure).send("POST", "/api/session", "{\"username\":\"be-admin\",\"password\":\"" + TestServer.PASSWORD + "\"}");
            assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("__Host-enduse_session=").contains("; Secure");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
        }
    }

    @Test
    void changesThroughASessionNeedTheCsrfTokenAndOurOwnOrigin() {
        Http browser = Http.signedIn(server, "be-admin");
        String token = browser.headers.remove("X-CSRF-Token");
        String body = "{\"name\":\"from a page\"}";
        assertThat(browser.send("POST", "/api/tokens", body).statusCode()).as("no token").isEqualTo(403);
        browser.headers.put("X-CSRF-Token", "guessed");
        assertThat(browser.send("POST", "/api/tokens", body).statusCode()).as("wrong token").isEqualTo(403);
        browser.headers.put("X-CSRF-Token", token);
        browser.headers.put("Origin", "http://evil.example");
        assertThat(browser.send("POST", "/api/tokens", body).statusCode()).as("other site").isEqualTo(403);
        browser.headers.put("Origin", server.url(""));
        assertThat(browser.send("POST", "/api/tokens", body).statusCode()).isEqualTo(201);
        assertThat(browser.get("/api/tokens").statusCode()).as("reads need no CSRF token").isEqualTo(200);
    }

    @Test
    void bodiesMustBeJsonSoPlainFormsFromOtherSitesCannotPost() {
        Http browser = Http.signedIn(server, "be-admin");
        browser.headers.put("Content-Type", "application/x-www-form-urlencoded");
        var r = browser.sendRaw("POST", "/api/tokens", "name=x");
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(server.services.accounts().tokens(server.users.get("be-admin").id())).isEmpty();
    }

    @Test
    void apiTokensNeedNoCsrfTokenAndBadTokensAreRefused() {
        Http script = Http.bearer(server, "be-analyst");
        assertThat(script.send("POST", "/api/tokens", "{\"name\":\"cron\"}").statusCode()).isEqualTo(201);
        Http forged = new Http(server);
        forged.headers.put("Authorization", "Bearer eut_forged");
        assertThat(forged.get("/api/session").statusCode()).isEqualTo(401);
        forged.headers.put("Authorization", "Basic YWRtaW46YWRtaW4=");
        assertThat(forged.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutOrBeingDisabledEndsTheSession() {
        Http alice = Http.signedIn(server, "be-analyst");
        assertThat(alice.get("/api/session").statusCode()).isEqualTo(200);
        assertThat(alice.send("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        assertThat(alice.get("/api/session").statusCode()).isEqualTo(401);

        Http victim = Http.signedIn(server, "be-victim");
        Http admin = Http.signedIn(server, "be-admin");
        assertThat(admin.send("POST", "/api/users/" + server.users.get("be-victim").id() + "/disable", null).statusCode()).isEqualTo(200);
        assertThat(victim.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void adminsCannotReachUsersOfOtherOrganisations() {
        Http nlAdmin = Http.bearer(server, "nl-admin");
        assertThat(nlAdmin.send("POST", "/api/users/" + server.users.get("be-viewer").id() + "/disable", null).statusCode()).isEqualTo(404);
        assertThat(Http.json(nlAdmin.get("/api/users")).findValuesAsText("username")).containsExactly("nl-admin");
        assertThat(server.services.accounts().user(server.users.get("be-viewer").id()).orElseThrow().enabled()).isTrue();
        Http beAdmin = Http.bearer(server, "be-admin");
        var self = beAdmin.send("POST", "/api/users/" + server.users.get("be-admin").id() + "/disable", null);
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("you cannot disable yourself");
    }

    @Test
    void hostileInputIsAnsweredWithProblemsNamingTheField() {
        Http admin = Http.bearer(server, "be-admin");
        var r = admin.send("POST", "/api/users", "{\"username\":\"<img src=x onerror=alert(1)>\",\"role\":\"viewer\",\"password\":\"correct horse battery\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("problems").get(0).get("field").asText()).isEqualTo("username");
        r = admin.send("POST", "/api/users", "{\"username\":\"bob\",\"role\":\"root\",\"password\":\"correct horse battery\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        r = admin.send("POST", "/api/users", "{\"username\":\"bob\",\"rolle\":\"viewer\"}");
        assertThat(Http.json(r).get("error").asText()).contains("rolle");
        r = admin.send("POST", "/api/users", "{not json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(admin.send("POST", "/api/users", "x".repeat(3 * 1024 * 1024)).statusCode()).isEqualTo(413);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Http viewer = Http.signedIn(server, "be-viewer");
        for (String path : new String[] {"/login", "/", "/assets/app.js", "/assets/app.css", "/api/openapi.json", "/api/session", "/api/nothing"}) {
            var h = viewer.get(path).headers();
            assertThat(h.firstValue("Content-Security-Policy")).as(path).contains(SecurityHeaders.CSP);
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(h.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
        assertThat(SecurityHeaders.CSP).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(viewer.get("/api/session").headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void staticAssetsAreServedToAnyoneWithTheirTypes() {
        Http stranger = new Http(server);
        var js = stranger.get("/assets/login.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        var css = stranger.get("/assets/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(stranger.get("/assets/../pages/login.html").statusCode()).isNotEqualTo(200);
    }
}
