package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Київ".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        var decoded = TextDecoder.decode(all, "text/plain; charset=windows-1252", DocumentFormat.TEXT);
        assertThat(decoded.text()).isEqualTo("Київ");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void httpCharsetIsUsed() {
        var decoded = TextDecoder.decode("Харків".getBytes(CP1251), "text/html; charset=\"windows-1251\"", DocumentFormat.HTML);
        assertThat(decoded.text()).isEqualTo("Харків");
    }

    @Test
    void metaCharsetIsUsedForHtml() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body>Бєлгород</body></html>";
        var decoded = TextDecoder.decode(html.getBytes(CP1251), null, DocumentFormat.HTML);
        assertThat(decoded.text()).contains("Бєлгород");
    }

    @Test
    void xmlDeclarationIsUsedForFeeds() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Liège</title></channel></rss>";
        assertThat(TextDecoder.decode(xml.getBytes(StandardCharsets.ISO_8859_1), null, DocumentFormat.FEED_ITEM).text()).contains("Liège");
    }

    @Test
    void undeclaredValidUtf8IsUtf8() {
        assertThat(TextDecoder.decode("Oekraïne krijgt €90 miljoen".getBytes(StandardCharsets.UTF_8), null, DocumentFormat.TEXT).text())
                .isEqualTo("Oekraïne krijgt €90 miljoen");
    }

    @Test
    void undeclaredLegacyBytesAreGuessedAsCyrillicOrWestern() {
        String russian = "Бельгия передала Украине винтовки";
        var cyr = TextDecoder.decode(russian.getBytes(CP1251), null, DocumentFormat.TEXT);
        assertThat(cyr.text()).isEqualTo(russian);
        assertThat(cyr.charset()).isEqualTo(CP1251);
        String french = "La Belgique a livré des fusils à l'Ukraine";
        var western = TextDecoder.decode(french.getBytes(CP1252), null, DocumentFormat.TEXT);
        assertThat(western.text()).isEqualTo(french);
        assertThat(western.charset()).isEqualTo(CP1252);
    }

    @Test
    void brokenUtf8IsRefusedWithTheOffset() {
        byte[] good = "Київ ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xD0; // a lead byte followed by ASCII: not UTF-8
        broken[good.length + 1] = 'x';
        assertThatThrownBy(() -> TextDecoder.decode(broken, null, DocumentFormat.TEXT))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.failure()).isEqualTo(IntakeFailure.BAD_ENCODING);
                    assertThat(e.getMessage()).contains("not valid UTF-8").contains("offset");
                });
    }

    @Test
    void declaredUtf8ThatIsNotIsRefused() {
        assertThatThrownBy(() -> TextDecoder.decode("Liège".getBytes(CP1252), "text/plain; charset=utf-8", DocumentFormat.TEXT))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.failure()).isEqualTo(IntakeFailure.BAD_ENCODING));
    }
}
