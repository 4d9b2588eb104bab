package org.enduse.app.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A WebDriver BiDi session over a WebSocket (https://w3c.github.io/webdriver-bidi/): commands are
 * JSON messages with an id, answered by a message with the same id; events come in between and
 * go to the listener given. Enough for tests; Firefox speaks it without a driver program.
 */
final class BidiConnection implements AutoCloseable {
    /** Long enough for a page load on a busy machine, short enough that a hung browser fails the test. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final BiConsumer<String, JsonNode> events;
    private final WebSocket socket;

    private BidiConnection(URI uri, BiConsumer<String, JsonNode> events) {
        this.events = events;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, new Listener()).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not connect to WebDriver BiDi at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted connecting to " + uri, e);
        }
    }

    /** Connects; events (method, params) go to the listener on the socket's thread. */
    static BidiConnection open(URI uri, BiConsumer<String, JsonNode> events) {
        return new BidiConnection(uri, events);
    }

    ObjectMapper json() {
        return json;
    }

    /** Sends a command and waits for its result; a BiDi error becomes a {@link BidiException}. */
    JsonNode send(String method, Object params) {
        long id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        try {
            synchronized (socket) { // one message at a time: WebSocket forbids overlapping sends
                socket.sendText(json.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
            }
            return answer.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BidiException bidi) throw new BidiException(method + ": " + bidi.getMessage());
            throw new IllegalStateException(method + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(method + " not answered within " + ANSWER_WITHIN.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method, e);
        } finally {
            waiting.remove(id);
        }
    }

    private void receive(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON from the browser: " + text, e);
        }
        String type = message.path("type").asText();
        if (type.equals("event")) {
            events.accept(message.path("method").asText(), message.path("params"));
            return;
        }
        CompletableFuture<JsonNode> answer = waiting.get(message.path("id").asLong(-1));
        if (answer == null) return; // an answer nobody waits for any more (timed out)
        if (type.equals("success")) answer.complete(message.path("result"));
        else answer.completeExceptionally(new BidiException(message.path("error").asText() + ": " + message.path("message").asText()));
    }

    @Override
    public void close() {
        socket.abort();
        waiting.values().forEach(w -> w.completeExceptionally(new IllegalStateException("connection closed")));
    }

    /** An error answer: the command was understood and refused (no such element, navigation, ...). */
    static final class BidiException extends RuntimeException {
        BidiException(String message) {
            super(message);
        }
    }

    /** Gathers the parts of each message (a screenshot arrives in many) and hands on the whole. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String whole = parts.toString();
                parts.setLength(0);
                receive(whole);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            waiting.values().forEach(w -> w.completeExceptionally(new IllegalStateException("the browser closed the connection: " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            waiting.values().forEach(w -> w.completeExceptionally(error));
        }
    }
}
