package org.enduse.app.web.browser;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/** Headless Chromium driven by Selenium through Debian's chromium-driver. */
public final class ChromiumBrowser implements Browser {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    public static final String MISSING = "/usr/bin/chromium and /usr/bin/chromedriver are needed"
            + " (apt-get install chromium chromium-driver, or tools/install-test-deps.sh)";

    private final ChromeDriver driver;

    private ChromiumBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static boolean installed() {
        return CHROMIUM.canExecute() && DRIVER.canExecute();
    }

    public static ChromiumBrowser launch() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT);
        // The browser's console is where Chromium reports script errors and policy violations.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // --window-size counts the browser's own bars too: grow the window so the page gets the whole size.
        long extraWidth = (Long) driver.executeScript("return window.outerWidth - window.innerWidth");
        long extraHeight = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(WIDTH + (int) extraWidth, HEIGHT + (int) extraHeight));
        return new ChromiumBrowser(driver);
    }

    @Override
    public String name() {
        return "chromium";
    }

    @Override
    public void open(String url) {
        driver.get(url);
    }

    @Override
    public String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void click(String css) {
        shown(driver.findElements(By.cssSelector(css)), css).click();
    }

    @Override
    public void clickLink(String text) {
        shown(driver.findElements(By.partialLinkText(text)), "a link with \"" + text + "\"").click();
    }

    private WebElement shown(List<WebElement> candidates, String what) {
        return candidates.stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("nothing shown matches " + what + " on " + url()));
    }

    @Override
    public void type(String css, String keys) {
        driver.findElement(By.cssSelector(css)).sendKeys(keys);
    }

    @Override
    public void press(String keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    @Override
    public void clear(String css) {
        driver.findElement(By.cssSelector(css)).clear();
    }

    @Override
    public void scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", driver.findElement(By.cssSelector(css)));
    }

    @Override
    public void select(String css, String value) {
        new Select(driver.findElement(By.cssSelector(css))).selectByValue(value);
    }

    @Override
    public String focusedId() {
        String id = driver.switchTo().activeElement().getAttribute("id");
        return id == null ? "" : id;
    }

    @Override
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Override
    public boolean visible(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Override
    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Chromium logs policy violations and uncaught errors as SEVERE console entries. */
    @Override
    public List<String> takeErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    @Override
    public void execute(String script) {
        driver.executeScript(script);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
