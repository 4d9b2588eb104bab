package org.enduse.core.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.source.Source;

/** Turns raw bytes into documents: sniff the format, decode the text, clean HTML, split feeds into items. */
public final class DocumentReader {
    private DocumentReader() {}

    public static List<Document> read(RawDocument raw) {
        if (raw.bytes().length == 0) throw new IntakeException(IntakeFailure.EMPTY, "empty document (0 bytes)");
        DocumentFormat format = ContentSniffer.formatOf(raw);
        TextDecoder.Decoded decoded = TextDecoder.decode(raw.bytes(), raw.contentType(), format);
        String sha = Source.sha256Of(raw.bytes());
        String charset = decoded.charset().name();
        return switch (format) {
            case TEXT -> List.of(nonEmpty(new Document(raw.source(), raw.location(), sha, format, charset, null, null,
                    raw.retrieved(), normaliseText(decoded.text()))));
            case HTML -> {
                HtmlCleaner.Cleaned page = HtmlCleaner.clean(decoded.text(), raw.location());
                yield List.of(nonEmpty(new Document(raw.source(), raw.location(), sha, format, charset, page.title(), page.published(),
                        raw.retrieved(), page.text())));
            }
            case FEED_ITEM -> feedItems(raw, decoded);
        };
    }

    private static List<Document> feedItems(RawDocument raw, TextDecoder.Decoded decoded) {
        List<Document> out = new ArrayList<>();
        int n = 0;
        for (FeedReader.Item item : FeedReader.read(decoded.text())) {
            n++;
            String body = HtmlCleaner.fragmentText(item.body());
            String text = item.title() == null ? body : body.isEmpty() ? item.title() : item.title() + "\n\n" + body;
            String source = item.link() != null ? item.link() : raw.source() + "#item-" + n;
            String sha = Source.sha256Of(item.xml().getBytes(StandardCharsets.UTF_8));
            out.add(new Document(source, item.link() != null ? item.link() : raw.location(), sha, DocumentFormat.FEED_ITEM,
                    decoded.charset().name(), item.title(), item.published(), raw.retrieved(), text));
        }
        return out;
    }

    /** Unifies line ends and trims trailing spaces; offsets refer to this text. */
    static String normaliseText(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static Document nonEmpty(Document d) {
        if (d.text().isBlank()) throw new IntakeException(IntakeFailure.EMPTY, "empty document (no text after cleaning)");
        return d;
    }
}
