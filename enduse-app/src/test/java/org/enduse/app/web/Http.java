package org.enduse.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client over java.net.http that keeps cookies like a browser and can sign in and
 * carry the CSRF token or a bearer token.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server;
    private final HttpClient client;
    final Map<String, String> headers = new LinkedHashMap<>();

    Http(TestServer server) {
        this.server = server;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Http bearer(TestServer server, String username) {
        Http http = new Http(server);
        http.headers.put("Authorization", "Bearer " + server.token(username));
        return http;
    }

    /** Signs in through the API as a browser would, and keeps the CSRF token for later changes. */
    static Http signedIn(TestServer server, String username) {
        Http http = new Http(server);
        HttpResponse<String> r = http.send("POST", "/api/session", "{\"username\":\"" + username + "\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        if (r.statusCode() != 200) throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.body());
        http.headers.put("X-CSRF-Token", json(r).get("csrfToken").asText());
        return http;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** Sends the body as JSON. */
    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        headers.forEach(b::header);
        return send(b);
    }

    /** Sends the body with only the headers set on this client (no Content-Type of its own). */
    HttpResponse<String> sendRaw(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }
}
