package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @Test
    void readsRssItems() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>
                <item><title>Бельгія розслідує</title><link>https://news.example/1</link>
                <pubDate>Wed, 24 May 2023 10:00:00 GMT</pubDate>
                <description><![CDATA[<p>Короткий опис &amp; подробиці.</p>]]></description></item>
                <item><title>Second</title><link>https://news.example/2</link><description>Plain &lt;b&gt;text&lt;/b&gt;</description></item>
                </channel></rss>""";
        var items = FeedReader.read(rss);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).title()).isEqualTo("Бельгія розслідує");
        assertThat(items.get(0).link()).isEqualTo("https://news.example/1");
        assertThat(items.get(0).published()).isEqualTo(LocalDate.of(2023, 5, 24));
        assertThat(HtmlCleaner.fragmentText(items.get(0).body())).isEqualTo("Короткий опис & подробиці.");
    }

    @Test
    void readsAtomEntries() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                <entry><title>Atom title</title><link rel="alternate" href="https://news.example/atom/1"/>
                <published>2023-06-01T08:00:00+02:00</published><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>""";
        var items = FeedReader.read(atom);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.link()).isEqualTo("https://news.example/atom/1");
            assertThat(i.published()).isEqualTo(LocalDate.of(2023, 6, 1));
            assertThat(HtmlCleaner.fragmentText(i.body())).isEqualTo("Body");
        });
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        String prev = "lol";
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = "lol" + i;
        }
        String xml = dtd + "]><rss><channel><item><title>&lol9;</title></item></channel></rss>";
        long start = System.nanoTime();
        assertThatThrownBy(() -> FeedReader.read(xml))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.failure()).isEqualTo(IntakeFailure.BAD_FEED);
                    assertThat(e.getMessage()).contains("lol9");
                });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><item><title>x &xxe; y</title><description>d</description></item></channel></rss>";
        try {
            var items = FeedReader.read(xml);
            assertThat(items.get(0).title()).doesNotContain("TOP-SECRET");
        } catch (IntakeException e) {
            assertThat(e.failure()).isEqualTo(IntakeFailure.BAD_FEED);
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void xmlThatIsNotAFeedIsRefused() {
        assertThatThrownBy(() -> FeedReader.read("<?xml version=\"1.0\"?><note><item><title>x</title></item></note>"))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.getMessage()).contains("not an RSS or Atom feed"));
        assertThatThrownBy(() -> FeedReader.read("<rss><channel><item><title>unclosed</channel></rss>"))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.failure()).isEqualTo(IntakeFailure.BAD_FEED));
    }
}
