package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls every route in the registry (so a route added later is covered without touching this
 * test) as nobody, as a BE user of each role, and as an admin of another organisation (NL), and
 * checks the answer against the route's declared access: 401 for nobody, 403 for a role without
 * the permission, never 401/403/5xx for a caller who qualifies, and 404 for NL on BE's records.
 */
class EveryRouteAsEveryCallerTest {
    @TempDir static Path dir;
    static TestServer server;
    static String victimToken;

    @BeforeAll
    static void start() {
        server = new TestServer(dir);
        victimToken = server.services.accounts().issueToken(server.users.get("be-victim").id(), "victim", null, "test").token().id();
        server.services.context().store().write("test", r -> {
            r.sightings().save(new org.enduse.core.sighting.Sighting("s_scar", new org.enduse.core.catalog.EquipmentRef("fn-scar", null),
                    null, null, null, null, null, null, null, null, null, null));
            return null;
        });
        server.services.recordAccess().setOwner("sighting", "s_scar", server.be.id());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A value for each path parameter: BE's record (a sighting under /api/sightings, else a transfer), BE's victim user and token, NL as the organisation to share with. */
    private static String fill(String path) {
        return path.replace("{type}", "transfer").replace("{id}", path.startsWith("/api/sightings/") ? "s_scar" : "tr_scar")
                .replace("{userId}", server.users.get("be-victim").id()).replace("{tokenId}", victimToken)
                .replace("{organisation}", server.nl.id()).replace("{serial}", "FN-1");
    }

    /** Path parameters that name something of BE's: another organisation must not reach it. */
    private static boolean touchesBeRecord(Route r) {
        return r.path().contains("{id}") || r.path().contains("{userId}") || r.path().contains("{tokenId}");
    }

    @Test
    void everyApiRouteAnswersEveryCallerAsItsAccessSays() {
        // NL goes before BE's admin, whose calls include sharing tr_scar with NL (and unsharing it).
        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Http(server));
        callers.put("nl-admin", Http.bearer(server, "nl-admin"));
        for (Role r : Role.values()) callers.put("be-" + r.label(), Http.bearer(server, "be-" + r.label()));

        List<String> failures = new ArrayList<>();
        List<Route> routes = server.server.routes().api();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(12);
        for (var caller : callers.entrySet()) {
            User user = server.users.get(caller.getKey());
            for (Route route : routes) {
                String body = route.requestBody() != null ? "{}" : null;
                HttpResponse<String> r = caller.getValue().send(route.method().name(), fill(route.path()), body);
                String expected = expectation(route, user);
                int s = r.statusCode();
                boolean ok = switch (expected) {
                    case "401" -> s == 401;
                    case "403" -> s == 403;
                    case "404" -> s == 404;
                    // Public routes may turn a caller away for their own reasons (sign-in: wrong password).
                    case "public" -> s != 403 && s < 500;
                    default -> s != 401 && s != 403 && s < 500;
                };
                if (!ok) failures.add(caller.getKey() + " " + route.key() + " -> " + s + " (expected " + expected + "): " + r.body());
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(route.key()).satisfiesAnyOf(
                        t -> assertThat(t).startsWith("application/json"), t -> assertThat(s).isEqualTo(204));
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String expectation(Route route, User user) {
        if (route.access().kind() == Access.Kind.PUBLIC) return "public";
        if (user == null) return "401";
        if (route.access().kind() == Access.Kind.PERMISSION && !user.may(route.access().permission())) return "403";
        if (!user.organisationId().equals(server.be.id()) && touchesBeRecord(route)) return "404";
        return "allowed";
    }

    @Test
    void everyPageSendsStrangersToSignInAndServesSignedInUsers() {
        Http stranger = new Http(server);
        Http viewer = Http.signedIn(server, "be-viewer");
        for (Route page : server.server.routes().pages()) {
            String path = page.path().replace("{id}", "x1");
            HttpResponse<String> anon = stranger.get(path);
            if (page.access().kind() == Access.Kind.PUBLIC) {
                assertThat(anon.statusCode()).as(path).isEqualTo(200);
            } else {
                assertThat(anon.statusCode()).as(path).isEqualTo(302);
                assertThat(anon.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
            }
            HttpResponse<String> in = viewer.get(path);
            assertThat(in.statusCode()).as(path).isEqualTo(200);
            assertThat(in.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(in.body()).contains("<script type=\"module\" src=\"/assets/").doesNotContain("<script>").doesNotContain("style=");
        }
    }

    @Test
    void unknownApiPathsAreJson404s() {
        HttpResponse<String> r = Http.bearer(server, "be-admin").get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.json(r).get("error").asText()).contains("no such route");
    }
}
