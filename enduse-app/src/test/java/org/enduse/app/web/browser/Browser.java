package org.enduse.app.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the browser tests do with a page, the same in every browser: the user journeys are written
 * once against this, and each browser ({@link ChromiumBrowser}, {@link FirefoxBrowser}) implements
 * it with its own protocol. Elements are found by CSS selector; key presses and clicks are real
 * input events, not calls into the page's scripts.
 */
public interface Browser extends AutoCloseable {
    /** The WebDriver key code for Enter (both WebDriver protocols read it). */
    String ENTER = "\uE007";
    /** A laptop screen: the pages must be readable in it. */
    int WIDTH = 1366;
    int HEIGHT = 768;
    Duration PATIENCE = Duration.ofSeconds(15);

    /** "chromium" or "firefox": screenshots and messages are named after it. */
    String name();

    /** Loads the URL and waits until the page has loaded (its scripts may still be fetching data). */
    void open(String url);

    String url();

    void clearCookies();

    /** Clicks the middle of the first visible element matching the selector. */
    void click(String css);

    /** Clicks the first visible link whose text contains the given text. */
    void clickLink(String text);

    /** Focuses the first element matching the selector and presses the keys, one character at a time. */
    void type(String css, String keys);

    /** Presses the keys in whatever element has the focus. */
    void press(String keys);

    /** Empties the text field. */
    void clear(String css);

    /** Scrolls the first element matching the selector to the middle of the screen. */
    void scrollTo(String css);

    /** Chooses the option with the given value in a select box. */
    void select(String css, String value);

    /** The id of the element that has the focus ("" if it has none). */
    String focusedId();

    /** The text of every element matching the selector, as shown (hidden parts left out). */
    List<String> texts(String css);

    /** Whether some element matching the selector is shown with a size. */
    boolean visible(String css);

    /** The visible part of the page as a PNG. */
    byte[] screenshot();

    /** Script errors, console errors and content-security-policy violations since the last call. */
    List<String> takeErrors();

    /** Runs a script in the page, for tests of the test machinery itself. */
    void execute(String script);

    @Override
    void close();

    default String text(String css) {
        List<String> all = texts(css);
        if (all.isEmpty()) throw new AssertionError("no element matches " + css + " on " + url());
        return all.get(0);
    }

    default int count(String css) {
        return texts(css).size();
    }

    default void waitForVisible(String css) {
        waitFor(css + " shown", () -> visible(css));
    }

    default void waitForElement(String css) {
        waitFor(css + " present", () -> count(css) > 0);
    }

    /** Waits until the first element matching the selector contains the text. */
    default void waitForText(String css, String text) {
        // What the element last held goes into the failure: "Could not accept: ..." says more than a timeout.
        String[] seen = {"nothing"};
        waitFor(() -> "\"" + text + "\" in " + css + " (it last held \"" + seen[0] + "\")", () -> {
            List<String> all = texts(css);
            if (!all.isEmpty()) seen[0] = all.get(0);
            return !all.isEmpty() && all.get(0).contains(text);
        });
    }

    default void waitForUrl(String url) {
        waitFor("the address " + url, () -> url().equals(url));
    }

    default void waitForUrlContaining(String part) {
        waitFor("an address containing " + part, () -> url().contains(part));
    }

    /**
     * Asks again every 100 ms until the condition holds. A question that fails (the page is between
     * two documents, say) counts as "not yet"; after {@link #PATIENCE} the last failure is the cause.
     */
    default void waitFor(String what, BooleanSupplier condition) {
        waitFor(() -> what, condition);
    }

    /** As {@link #waitFor(String, BooleanSupplier)}, with a description made only if the wait fails. */
    default void waitFor(Supplier<String> what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) return;
                last = null;
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                String where;
                try {
                    where = url();
                } catch (RuntimeException e) {
                    where = "(address unknown: " + e.getMessage() + ")";
                }
                throw new AssertionError(name() + " waited " + PATIENCE.toSeconds() + " s for " + what.get() + " on " + where, last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what.get(), e);
            }
        }
    }
}
