package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against a real HTTP server on 127.0.0.1 (allowed explicitly, as it is a private address). */
class FetcherTest {
    private static final long CAP = 1024 * 1024;
    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", x -> {
            userAgent.set(x.getRequestHeaders().getFirst("User-Agent"));
            respond(x, 200, "text/html; charset=utf-8", "<html><body><p>Fetched report text long enough to keep as a paragraph.</p></body></html>");
        });
        server.createContext("/r/", x -> {
            int n = Integer.parseInt(x.getRequestURI().getPath().substring(3));
            redirect(x, n == 0 ? "/ok" : "/r/" + (n - 1));
        });
        server.createContext("/loop-a", x -> redirect(x, "/loop-b"));
        server.createContext("/loop-b", x -> redirect(x, "/loop-a"));
        server.createContext("/to-file", x -> redirect(x, "file:///etc/passwd"));
        server.createContext("/missing", x -> respond(x, 404, "text/plain", "no"));
        server.createContext("/big", x -> {
            x.sendResponseHeaders(200, 2 * CAP);
            writeZeros(x, 2 * CAP);
        });
        server.createContext("/big-chunked", x -> {
            x.sendResponseHeaders(200, 0); // no Content-Length: the cap must hold while streaming
            writeZeros(x, 2 * CAP);
        });
        server.createContext("/silent", x -> sleep(3000));
        server.createContext("/trickle", x -> {
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('a');
                    out.flush();
                    sleep(100);
                }
            } catch (IOException clientGone) {
                // The fetcher gave up, as it should.
            }
        });
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = new Fetcher(limits(true));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private static IntakeLimits limits(boolean allowPrivate) {
        return new IntakeLimits(CAP, Duration.ofSeconds(1), Duration.ofSeconds(1), 5, allowPrivate, null);
    }

    @Test
    void fetchesWithAClearUserAgent() {
        RawDocument raw = fetcher.fetch(base + "/ok");
        assertThat(new String(raw.bytes(), StandardCharsets.UTF_8)).contains("Fetched report text");
        assertThat(raw.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(userAgent.get()).startsWith("enduse/");
    }

    @Test
    void followsFiveRedirectsButNotSix() {
        RawDocument raw = fetcher.fetch(base + "/r/4"); // /r/4 → … → /r/0 → /ok: five redirects
        assertThat(raw.location()).isEqualTo(base + "/ok");
        assertThat(raw.source()).isEqualTo(base + "/r/4");
        assertFails(base + "/r/5", IntakeFailure.TOO_MANY_REDIRECTS, "more than 5 redirects");
    }

    @Test
    void redirectLoopsAndRedirectsToOtherSchemesFail() {
        assertFails(base + "/loop-a", IntakeFailure.TOO_MANY_REDIRECTS, "redirect loop");
        assertFails(base + "/to-file", IntakeFailure.UNSUPPORTED, "only http and https");
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        try (Fetcher strict = new Fetcher(limits(false))) {
            assertThatThrownBy(() -> strict.fetch(base + "/ok"))
                    .isInstanceOfSatisfying(IntakeException.class, e -> {
                        assertThat(e.failure()).isEqualTo(IntakeFailure.FORBIDDEN_ADDRESS);
                        assertThat(e.getMessage()).contains("127.0.0.1");
                    });
        }
        assertThat(userAgent.get()).as("no request reached the server").isNull();
    }

    @Test
    void oversizedBodiesAreCutOff() {
        assertFails(base + "/big", IntakeFailure.TOO_LARGE, "announces");
        assertFails(base + "/big-chunked", IntakeFailure.TOO_LARGE, "more than " + CAP);
    }

    @Test
    void slowAndDeadServersTimeOut() throws IOException {
        long start = System.nanoTime();
        assertFails(base + "/silent", IntakeFailure.TIMEOUT, "within 1 s");
        assertFails(base + "/trickle", IntakeFailure.TIMEOUT, "within 1 s");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(6_000);
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        assertFails("http://127.0.0.1:" + deadPort + "/", IntakeFailure.NETWORK, "connection refused");
    }

    @Test
    void httpErrorsNameTheStatus() {
        assertFails(base + "/missing", IntakeFailure.HTTP_STATUS, "HTTP 404");
    }

    private void assertFails(String url, IntakeFailure failure, String message) {
        assertThatThrownBy(() -> fetcher.fetch(url))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    private static void respond(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static void writeZeros(HttpExchange x, long n) {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = x.getResponseBody()) {
            for (long sent = 0; sent < n; sent += chunk.length) out.write(chunk);
        } catch (IOException clientGone) {
            // Expected: the fetcher stops reading at the cap.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
