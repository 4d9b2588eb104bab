package org.enduse.app.web.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headless Firefox (Debian's firefox-esr) driven over WebDriver BiDi, which Firefox serves itself
 * once started with --remote-debugging-port: no geckodriver, which neither Debian nor the reachable
 * registries carry. Each browser gets a fresh profile in the directory the test gives.
 */
public final class FirefoxBrowser implements Browser {
    private static final File FIREFOX = new File("/usr/bin/firefox-esr");
    public static final String MISSING = "/usr/bin/firefox-esr is needed (apt-get install firefox-esr, or tools/install-test-deps.sh)";
    private static final Duration START_WITHIN = Duration.ofSeconds(60);

    /** Shown: laid out with a size and not hidden, as a user could see it. */
    private static final String SHOWN = "const shown = (e) => { const r = e.getBoundingClientRect();"
            + " return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };";
    private static final String BACKSPACE = "\uE003";

    private final Process process;
    private final Thread killOnExit;
    private final BidiConnection bidi;
    private final List<String> errors = new ArrayList<>();
    private String context;

    private FirefoxBrowser(Process process, Thread killOnExit, URI endpoint) {
        this.process = process;
        this.killOnExit = killOnExit;
        this.bidi = BidiConnection.open(endpoint, this::onEvent);
    }

    public static boolean installed() {
        return FIREFOX.canExecute();
    }

    /** Starts Firefox with a new profile under the directory and opens a session with a 1366x768 page. */
    public static FirefoxBrowser launch(Path dir) {
        Path profile = dir.resolve("profile");
        Path log = dir.resolve("firefox.log");
        Process process;
        try {
            Files.createDirectories(profile);
            // Port 0: Firefox picks a free one and writes it to WebDriverBiDiServer.json in the profile.
            ProcessBuilder builder = new ProcessBuilder(FIREFOX.getPath(), "--headless", "--no-remote", "--profile", profile.toString(),
                    "--remote-debugging-port=0", "about:blank").redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + FIREFOX, e);
        }
        Process started = process;
        Thread killOnExit = new Thread(() -> kill(started)); // an interrupted test run leaves no Firefox behind
        Runtime.getRuntime().addShutdownHook(killOnExit);
        FirefoxBrowser browser = null;
        try {
            browser = new FirefoxBrowser(process, killOnExit, endpoint(process, profile, log));
            browser.startSession();
            return browser;
        } catch (RuntimeException e) {
            if (browser != null) browser.close();
            else kill(process);
            throw e;
        }
    }

    private static URI endpoint(Process process, Path profile, Path log) {
        Path server = profile.resolve("WebDriverBiDiServer.json");
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Firefox exited with " + process.exitValue() + ":\n" + tail(log));
            try {
                if (Files.exists(server)) {
                    JsonNode address = new ObjectMapper().readTree(server.toFile());
                    if (address.path("ws_port").asInt() > 0) {
                        return URI.create("ws://" + address.path("ws_host").asText() + ":" + address.path("ws_port").asInt() + "/session");
                    }
                }
                Thread.sleep(100);
            } catch (IOException e) {
                // Firefox is still writing the file; read it again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Firefox did not start WebDriver BiDi within " + START_WITHIN.toSeconds() + " s:\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void startSession() {
        bidi.send("session.new", Map.of("capabilities", Map.of()));
        context = bidi.send("browsingContext.getTree", Map.of("maxDepth", 0)).path("contexts").get(0).path("context").asText();
        bidi.send("browsingContext.setViewport", Map.of("context", context, "viewport", Map.of("width", WIDTH, "height", HEIGHT)));
        // Uncaught errors, console.error and content-security-policy violations all come as log entries.
        bidi.send("session.subscribe", Map.of("events", List.of("log.entryAdded")));
    }

    private void onEvent(String method, JsonNode params) {
        if (method.equals("log.entryAdded") && params.path("level").asText().equals("error")) {
            synchronized (errors) {
                errors.add(params.path("type").asText() + ": " + params.path("text").asText());
            }
        }
    }

    @Override
    public String name() {
        return "firefox";
    }

    @Override
    public void open(String url) {
        bidi.send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    @Override
    public String url() {
        return bidi.send("browsingContext.getTree", Map.of("root", context, "maxDepth", 0)).path("contexts").get(0).path("url").asText();
    }

    @Override
    public void clearCookies() {
        bidi.send("storage.deleteCookies", Map.of());
    }

    @Override
    public void click(String css) {
        clickOn(call("(css) => { const e = [...document.querySelectorAll(css)].find(shown);"
                + " if (e) e.scrollIntoView({ block: 'center' }); return e || null; }", css), css);
    }

    @Override
    public void clickLink(String text) {
        clickOn(call("(text) => { const e = [...document.querySelectorAll('a')].find((a) => shown(a) && a.innerText.includes(text));"
                + " if (e) e.scrollIntoView({ block: 'center' }); return e || null; }", text), "a link with \"" + text + "\"");
    }

    /** A mouse press and release in the middle of the element, as a user's click. */
    private void clickOn(JsonNode element, String what) {
        String id = element.path("sharedId").asText(null);
        if (id == null) throw new AssertionError("nothing shown matches " + what + " on " + url());
        perform(Map.of("type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"), "actions", List.of(
                Map.of("type", "pointerMove", "x", 0, "y", 0, "origin", Map.of("type", "element", "element", Map.of("sharedId", id))),
                Map.of("type", "pointerDown", "button", 0),
                Map.of("type", "pointerUp", "button", 0))));
    }

    @Override
    public void type(String css, String keys) {
        withElement(css, "e.focus()");
        press(keys);
    }

    @Override
    public void press(String keys) {
        List<Map<String, String>> actions = new ArrayList<>();
        keys.codePoints().mapToObj(Character::toString).forEach(key -> {
            actions.add(Map.of("type", "keyDown", "value", key));
            actions.add(Map.of("type", "keyUp", "value", key));
        });
        perform(Map.of("type", "key", "id", "keyboard", "actions", actions));
    }

    /** Selects what the field holds and deletes it with the keyboard, as a user would. */
    @Override
    public void clear(String css) {
        withElement(css, "e.focus(); e.select()");
        press(BACKSPACE);
    }

    /** Does something to the first element matching the selector (called e in the script). */
    private void withElement(String css, String how) {
        JsonNode found = call("(css) => { const e = document.querySelector(css); if (!e) return false; " + how + "; return true; }", css);
        if (!found.path("value").asBoolean()) throw new AssertionError("no element matches " + css + " on " + url());
    }

    @Override
    public void scrollTo(String css) {
        withElement(css, "e.scrollIntoView({ block: 'center' })");
    }

    /**
     * BiDi has no command for choosing an option (geckodriver's Select clicks inside the browser's
     * own drop-down): the value is set and the events a user's choice fires are sent.
     */
    @Override
    public void select(String css, String value) {
        JsonNode found = call("(css, value) => { const e = document.querySelector(css); if (!e) return false; e.value = value;"
                + " e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true }));"
                + " return e.value === value; }", css, value);
        if (!found.path("value").asBoolean()) throw new AssertionError("no select box " + css + " with an option " + value + " on " + url());
    }

    @Override
    public String focusedId() {
        return call("() => document.activeElement ? document.activeElement.id : ''").path("value").asText();
    }

    @Override
    public List<String> texts(String css) {
        String all = call("(css) => JSON.stringify([...document.querySelectorAll(css)].map((e) => shown(e) ? (e.innerText ?? e.textContent).trim() : ''))", css)
                .path("value").asText();
        try {
            return bidi.json().readValue(all, new TypeReference<List<String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean visible(String css) {
        return call("(css) => [...document.querySelectorAll(css)].some(shown)", css).path("value").asBoolean();
    }

    @Override
    public byte[] screenshot() {
        return Base64.getDecoder().decode(bidi.send("browsingContext.captureScreenshot", Map.of("context", context)).path("data").asText());
    }

    @Override
    public List<String> takeErrors() {
        synchronized (errors) {
            List<String> taken = List.copyOf(errors);
            errors.clear();
            return taken;
        }
    }

    @Override
    public void execute(String script) {
        result(bidi.send("script.evaluate", Map.of("expression", script, "target", Map.of("context", context), "awaitPromise", false)));
    }

    /** Calls a function in the page with string arguments; {@link #SHOWN} is in scope. */
    private JsonNode call(String function, String... args) {
        List<Map<String, String>> arguments = new ArrayList<>();
        for (String arg : args) arguments.add(Map.of("type", "string", "value", arg));
        return result(bidi.send("script.callFunction", Map.of("functionDeclaration", "(...args) => { " + SHOWN + " return (" + function + ")(...args); }",
                "arguments", arguments, "target", Map.of("context", context), "awaitPromise", false)));
    }

    private JsonNode result(JsonNode answer) {
        if (answer.path("type").asText().equals("exception")) {
            throw new IllegalStateException("script failed on " + url() + ": " + answer.path("exceptionDetails").path("text").asText());
        }
        return answer.path("result");
    }

    private void perform(Map<String, Object> source) {
        bidi.send("input.performActions", Map.of("context", context, "actions", List.of(source)));
    }

    @Override
    public void close() {
        try {
            bidi.send("browser.close", Map.of());
        } catch (RuntimeException e) {
            // the browser may close the connection before it answers; it is stopped below either way
        }
        bidi.close();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) kill(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
