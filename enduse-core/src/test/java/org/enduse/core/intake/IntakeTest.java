package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {
    @TempDir
    Path dir;

    private List<IntakeResult> read(String given, byte[] stdin) {
        List<IntakeResult> results = new ArrayList<>();
        try (Intake intake = new Intake(IntakeLimits.defaults(), () -> new ByteArrayInputStream(stdin))) {
            intake.read(given, results::add);
        }
        return results;
    }

    @Test
    void readsADirectoryInNameOrderAndGoesOnAfterBadFiles() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Belgium sent rifles.\r\nSecond line.");
        Files.write(dir.resolve("b.bin"), new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31}); // "%PDF-1"
        Files.writeString(dir.resolve("c.txt"), "");
        Files.writeString(dir.resolve("d.html"), "<html><body><article><p>A page about armoured vehicles that is long enough.</p></article></body></html>");
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/x.txt"), "never read");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/e.txt"), "Nested document.");

        List<IntakeResult> results = read(dir.toString(), new byte[0]);

        assertThat(results).extracting(r -> Path.of(r.source()).getFileName().toString())
                .containsExactly("a.txt", "b.bin", "c.txt", "d.html", "e.txt");
        var a = ((IntakeResult.Read) results.get(0)).document();
        assertThat(a.text()).isEqualTo("Belgium sent rifles.\nSecond line.");
        assertThat(a.sha256()).isEqualTo(Source.sha256Of(Files.readAllBytes(dir.resolve("a.txt"))));
        assertThat(a.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(((IntakeResult.Failed) results.get(1)).error().failure()).isEqualTo(IntakeFailure.BINARY);
        assertThat(((IntakeResult.Failed) results.get(2)).error().failure()).isEqualTo(IntakeFailure.EMPTY);
        assertThat(((IntakeResult.Read) results.get(3)).document().format()).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void aDirectoryGivenThroughASymbolicLinkIsReadUnderTheNameGiven() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "Belgium sent rifles.");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        List<IntakeResult> results = read(link.toString(), new byte[0]);

        assertThat(results).singleElement().isInstanceOfSatisfying(IntakeResult.Read.class,
                r -> assertThat(r.source()).isEqualTo(link.resolve("a.txt").toString()));
    }

    @Test
    void readsStandardInput() {
        var results = read("-", "Бельгія передала гвинтівки.".getBytes(StandardCharsets.UTF_8));
        assertThat(results).singleElement().isInstanceOfSatisfying(IntakeResult.Read.class,
                r -> assertThat(r.document().text()).isEqualTo("Бельгія передала гвинтівки."));
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        var results = read(big.toString(), new byte[0]);
        assertThat(results).singleElement().isInstanceOfSatisfying(IntakeResult.Failed.class, f -> {
            assertThat(f.error().failure()).isEqualTo(IntakeFailure.TOO_LARGE);
            assertThat(f.error().getMessage()).contains("104857600 bytes").contains("limit");
        });
    }

    @Test
    void oversizedStandardInputIsRefused() {
        byte[] big = new byte[(int) IntakeLimits.DEFAULT_MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(read("-", big)).singleElement().isInstanceOfSatisfying(IntakeResult.Failed.class,
                f -> assertThat(f.error().failure()).isEqualTo(IntakeFailure.TOO_LARGE));
    }

    @Test
    void missingFilesAndUnknownSchemesAreClearErrors() {
        assertThat(read(dir.resolve("nope.txt").toString(), new byte[0])).singleElement()
                .isInstanceOfSatisfying(IntakeResult.Failed.class, f -> assertThat(f.error().getMessage()).isEqualTo("no such file or directory"));
        assertThat(read("ftp://example.org/x", new byte[0])).singleElement()
                .isInstanceOfSatisfying(IntakeResult.Failed.class, f -> assertThat(f.error().failure()).isEqualTo(IntakeFailure.UNSUPPORTED));
    }

    @Test
    void aFeedGivesOneDocumentPerItem() throws Exception {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss><channel><item><title>One</title><description>first</description></item>"
                + "<item><title>Two</title><link>https://news.example/2</link><description>second</description></item></channel></rss>");
        var results = read(feed.toString(), new byte[0]);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).source()).isEqualTo(feed + "#item-1");
        assertThat(results.get(1).source()).isEqualTo("https://news.example/2");
        assertThat(((IntakeResult.Read) results.get(1)).document().text()).isEqualTo("Two\n\nsecond");
    }
}
