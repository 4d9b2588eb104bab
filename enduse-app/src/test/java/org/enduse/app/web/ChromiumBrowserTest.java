package org.enduse.app.web;

import java.nio.file.Path;
import org.enduse.app.web.browser.Browser;
import org.enduse.app.web.browser.ChromiumBrowser;

/** The browser journeys in headless Chromium (Debian's chromium and chromium-driver). */
class ChromiumBrowserTest extends BrowserJourneys {
    @Override
    String missing() {
        return ChromiumBrowser.installed() ? null : ChromiumBrowser.MISSING;
    }

    @Override
    Browser launch(Path dir) {
        return ChromiumBrowser.launch();
    }
}
