package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.enduse.core.account.Role;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in headless Chromium (Debian's chromium and chromium-driver; tools/install-test-deps.sh
 * installs them): sign in, the dashboard, the keyboard, hostile text shown as text. Screenshots
 * go to target/screenshots/. Skipped, saying why, where Chromium is not installed.
 */
class BrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir static Path dir;
    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed (apt-get install chromium chromium-driver, or tools/install-test-deps.sh)");
        server = DemoServer.start(dir);
        // One sighting with coordinates, for a dot on the map (the demo's sightings are placed by region).
        server.services.context().store().write("test", r -> {
            r.sightings().save(new Sighting("s-kharkiv-point", new EquipmentRef("m1224-maxxpro", null), null, null, null,
                    new Place("Kharkiv", CountryCode.of("UA"), null, 49.99, 36.23, GeoPrecision.EXACT), null, null, null, null, null, null));
            return null;
        });
        server.services.recordAccess().setOwner("sighting", "s-kharkiv-point", server.be.id());
        server.services.accounts().addUser("mallory", "<img src=x onerror=alert(1)> \"Mallory\"", server.be.id(), Role.VIEWER,
                TestServer.PASSWORD.toCharArray(), "test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static void shoot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void signIn(String username, String password) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    }

    @Test
    void signInOpenTheDashboardAndUseTheKeyboard() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/transfers"));
        waiting().until(ExpectedConditions.urlContains("/login?next="));
        signIn("be-admin", "not the password");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.error")));
        assertThat(error.getText()).isEqualTo("wrong username or password");
        shoot("login-refused");

        signIn("be-admin", TestServer.PASSWORD);
        waiting().until(ExpectedConditions.urlToBe(server.url("/transfers")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.list tbody"), "FN SCAR rifles"));
        long transfers = server.services.context().store().read(r -> r.transfers().list(org.enduse.core.transfer.TransferQuery.all())).size();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(transfers + " transfers");
        shoot("transfers");
        browser.findElement(By.linkText("Dashboard")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tiles"), "Records of your organisation"));
        assertThat(browser.findElement(By.cssSelector("#tiles [data-key=records_owned] .count")).getText())
                .isEqualTo(String.format("%,d", server.services.recordAccess().counts(server.be.id()).owned()));
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("be-admin", "FPS Defence (BE)", "admin");
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Dashboard");
        // The demo's inquiry was due on 2023-07-06 and is still under investigation.
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("overdue-body"), "End use of FN SCAR"));
        shoot("dashboard");

        // "/" jumps to the search box from anywhere on the page.
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        browser.switchTo().activeElement().sendKeys("SCAR", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search?q=SCAR"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: SCAR");

        assertNoScriptOrPolicyErrors();
    }

    @Test
    void hostileTextIsShownAsTextAndTokensAreShownOnce() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/account"));
        signIn("be-admin", TestServer.PASSWORD);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Mallory"));
        WebElement row = browser.findElements(By.cssSelector("table.list tbody tr")).stream()
                .filter(r -> r.getText().contains("mallory")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("<img src=x onerror=alert(1)> \"Mallory\"");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();

        browser.findElement(By.id("tokenName")).sendKeys("nightly import", Keys.ENTER);
        WebElement secret = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".secret code")));
        assertThat(secret.getText()).startsWith("eut_");
        assertThat(server.services.accounts().userForToken(secret.getText())).isPresent();
        shoot("account");
        assertNoScriptOrPolicyErrors();
    }

    @Test
    void theDashboardTheMapAndTheBelgorodSightingWithItsWordsHighlighted() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/"));
        signIn("be-viewer", TestServer.PASSWORD);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tiles"), "Potential violations"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("violations-body"), "s-scar-belgorod"));
        shoot("dashboard-alerts");

        browser.findElement(By.linkText("Map")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.country[data-code=UA]")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .sighting[data-id=s-kharkiv-point] circle")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#transfer option[value=be-2023-01]")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("transfer"))).selectByValue("be-2023-01");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.permitted-area[data-code=UA]")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Permitted territory: UA");
        shoot("map");

        browser.get(server.url("/sightings/s-scar-belgorod"));
        WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-source=src-01-en] mark.about")));
        assertThat(browser.findElements(By.cssSelector("[data-source=src-01-en] mark.about")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("SCAR"));
        assertThat(mark.findElements(By.xpath("./*"))).isEmpty();
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("potential violation");
        shoot("sighting-belgorod");
        assertNoScriptOrPolicyErrors();
    }

    @Test
    void aReviewerAcceptsACandidateFromTheKeyboardAndOpensTheInquiry() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/review"));
        signIn("be-reviewer", TestServer.PASSWORD);
        waiting().until(ExpectedConditions.urlToBe(server.url("/review")));
        WebElement first = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cand-0")));
        String summary = first.findElement(By.tagName("strong")).getText();
        int pending = browser.findElements(By.cssSelector("li.candidate")).size();
        shoot("review-queue");
        first.sendKeys("a");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Accepted "));
        assertThat(browser.findElement(By.id("status")).getText()).endsWith((pending - 1) + " left.");
        assertThat(browser.findElements(By.cssSelector("li.candidate"))).hasSize(pending - 1);
        var accepted = server.services.context().reviewQueue().list(new org.enduse.core.review.CandidateQuery(
                org.enduse.core.review.CandidateStatus.ACCEPTED, null, null));
        assertThat(accepted).singleElement().satisfies(c -> {
            assertThat(summary).contains(c.summary());
            assertThat(c.decidedBy()).isEqualTo("be-reviewer");
        });
        shoot("review-accepted");

        browser.findElement(By.linkText("Dashboard")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("End use of FN SCAR"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "End use of FN SCAR"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.timeline"), "record"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("BE → UA", "under investigation", "overdue")
                .contains("investigation opened");
        shoot("inquiry");
        assertNoScriptOrPolicyErrors();
    }

    /** Failed requests to features not built yet (404) are expected; a CSP violation or a script error is not. */
    private static void assertNoScriptOrPolicyErrors() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries).filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filteredOn(e -> !e.getMessage().contains("status of 404"))
                .filteredOn(e -> !e.getMessage().contains("status of 401"))
                .isEmpty();
        assertThat(Map.of("entries", entries.size())).isNotNull();
    }
}
