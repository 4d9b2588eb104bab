package org.enduse.app.web;

import java.nio.file.Path;
import org.enduse.app.web.browser.Browser;
import org.enduse.app.web.browser.FirefoxBrowser;

/** The browser journeys in headless Firefox (Debian's firefox-esr, over WebDriver BiDi). */
class FirefoxBrowserTest extends BrowserJourneys {
    @Override
    String missing() {
        return FirefoxBrowser.installed() ? null : FirefoxBrowser.MISSING;
    }

    @Override
    Browser launch(Path dir) {
        return FirefoxBrowser.launch(dir);
    }
}
