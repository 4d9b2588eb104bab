package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    private static final String PAGE = """
            <!doctype html><html><head><title>Rifles seen near the border | Example News</title>
            <meta property="article:published_time" content="2023-05-24T09:00:00Z"></head>
            <body>
              <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
              <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/defence">Defence</a></nav></header>
              <ul class="main-menu"><li><a href="/a">Politics</a></li><li><a href="/b">Economy</a></li></ul>
              <article>
                <h1>Rifles seen near the border</h1>
                <p class="byline">By Jane Example</p>
                <p>Volunteer fighters were filmed with rifles of a type that Belgium delivered to Ukraine in January.</p>
                <figure><img src="x.jpg"><figcaption>Photo: fighters near the border (handout)</figcaption></figure>
                <p>The defence ministry said it had asked for an explanation and that an inquiry was under way.</p>
                <div class="share-buttons"><a href="#">Share on X</a></div>
              </article>
              <aside><h3>Related</h3><p>Other story about something else entirely that nobody wants here.</p></aside>
              <footer>© Example News. All rights reserved.</footer>
            </body></html>""";

    @Test
    void keepsTheArticleAndDropsFurniture() {
        var cleaned = HtmlCleaner.clean(PAGE, "https://news.example/a");
        assertThat(cleaned.title()).isEqualTo("Rifles seen near the border | Example News");
        assertThat(cleaned.published()).isEqualTo(LocalDate.of(2023, 5, 24));
        assertThat(cleaned.text()).startsWith("Rifles seen near the border\n\nVolunteer fighters were filmed")
                .contains("an inquiry was under way.")
                .doesNotContain("cookies", "Home", "Politics", "Jane Example", "Photo:", "Share on", "Other story", "rights reserved");
    }

    @Test
    void findsTheTextWithoutArticleMarkup() {
        String page = "<html><body><div class=top><a href=/>Home</a><a href=/x>Sport</a></div><div class=c>"
                + "<p>First paragraph of the report is long enough to count as running text here.</p>"
                + "<p>Second paragraph of the report is also long enough to count as text.</p></div>"
                + "<div class=bottom><p>Short</p></div></body></html>";
        var cleaned = HtmlCleaner.clean(page, "");
        assertThat(cleaned.text()).isEqualTo("First paragraph of the report is long enough to count as running text here.\n\n"
                + "Second paragraph of the report is also long enough to count as text.");
    }

    @Test
    void deeplyNestedHtmlIsReadQuickly() {
        int depth = 100_000;
        String page = "<div>".repeat(depth) + "<p>Deep text inside many divs that is long enough to be kept.</p>" + "</div>".repeat(depth);
        long start = System.nanoTime();
        var cleaned = HtmlCleaner.clean(page, "");
        assertThat(cleaned.text()).contains("Deep text inside many divs");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }
}
