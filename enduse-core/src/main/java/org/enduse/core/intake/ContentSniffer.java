package org.enduse.core.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what bytes are before decoding them: refuses binary files (by magic numbers and control
 * bytes), and tells HTML and feeds from plain text by Content-Type, file name and the first bytes.
 */
public final class ContentSniffer {
    private static final int SNIFF_WINDOW = 8192;

    private ContentSniffer() {}

    public static DocumentFormat formatOf(RawDocument raw) {
        refuseBinary(raw.bytes());
        String type = raw.contentType() == null ? "" : raw.contentType().toLowerCase(Locale.ROOT);
        String head = head(raw.bytes());
        if (type.contains("rss") || type.contains("atom") || looksLikeFeed(head)) return DocumentFormat.FEED_ITEM;
        if (type.contains("html") || looksLikeHtml(head)) return DocumentFormat.HTML;
        String name = raw.location().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return DocumentFormat.HTML;
        return DocumentFormat.TEXT;
    }

    private static String head(byte[] bytes) {
        // Latin-1 maps every byte to a char, enough to see ASCII markup in any ASCII-compatible encoding.
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_WINDOW), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) head = head.substring(3);
        return head.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeFeed(String head) {
        return (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf"))
                && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"));
    }

    private static boolean looksLikeHtml(String head) {
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || (head.startsWith("<?xml") && head.contains("<html"))
                || (head.startsWith("<!--") && head.contains("<html"));
    }

    private static void refuseBinary(byte[] bytes) {
        String magic = magic(bytes);
        if (magic != null) throw new IntakeException(IntakeFailure.BINARY, "binary file (" + magic + "), not a text, HTML or feed document");
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE);
        if (utf16) return;
        int n = Math.min(bytes.length, SNIFF_WINDOW), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw new IntakeException(IntakeFailure.BINARY, "binary content (a NUL byte at offset " + i + "), not a text document");
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        if (n > 0 && control * 20 > n) {
            throw new IntakeException(IntakeFailure.BINARY, "binary content (" + control + " control bytes in the first " + n + "), not a text document");
        }
    }

    private static String magic(byte[] b) {
        if (starts(b, "%PDF")) return "PDF";
        if (starts(b, "PK\u0003\u0004")) return "ZIP or office document";
        if (starts(b, "\u0089PNG")) return "PNG image";
        if (starts(b, "GIF8")) return "GIF image";
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) return "JPEG image";
        if (starts(b, "\u007FELF")) return "executable";
        if (b.length >= 2 && (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B) return "gzip archive";
        return null;
    }

    private static boolean starts(byte[] b, String latin1) {
        if (b.length < latin1.length()) return false;
        for (int i = 0; i < latin1.length(); i++) if ((b[i] & 0xff) != latin1.charAt(i)) return false;
        return true;
    }
}
