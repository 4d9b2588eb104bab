package org.enduse.core.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. The encoding is taken from, in order: a byte-order mark, the HTTP
 * charset, the document's own declaration (HTML meta charset, XML declaration), then the bytes
 * themselves: valid UTF-8 is UTF-8; bytes with no UTF-8 sequence at all are a legacy 8-bit
 * encoding, windows-1251 when they look like Cyrillic words and windows-1252 otherwise. Bytes that
 * mix valid and broken UTF-8 are refused: guessing there would silently corrupt names.
 */
public final class TextDecoder {
    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The declaration must appear early; HTML says within the first 1024 bytes, we are a little lenient. */
    private static final int DECLARATION_WINDOW = 4096;

    public record Decoded(String text, Charset charset) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes, String contentType, DocumentFormat format) {
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset == null) charset = declared(contentType == null ? null : HTTP_CHARSET.matcher(contentType));
        if (charset == null && format != DocumentFormat.TEXT) {
            String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
            charset = declared((format == DocumentFormat.HTML ? META_CHARSET : XML_ENCODING).matcher(head));
        }
        if (charset != null) return new Decoded(strict(bytes, bomLength, charset), charset);
        return guess(bytes);
    }

    private static Decoded guess(byte[] bytes) {
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (IntakeException notUtf8) {
            if (hasUtf8Sequence(bytes)) throw notUtf8;
        }
        Charset legacy = looksCyrillic(bytes) ? WINDOWS_1251 : WINDOWS_1252;
        return new Decoded(new String(bytes, legacy), legacy);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new IntakeException(IntakeFailure.BAD_ENCODING, "the bytes are not valid " + charset.name()
                    + " (first bad byte near offset " + in.position() + ")", e);
        }
    }

    private static Charset declared(Matcher m) {
        if (m == null || !m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read a declared latin-1 or ascii as windows-1252; so do we.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) return WINDOWS_1252;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // An unknown label is treated as no label: the bytes decide.
        }
    }

    /** True when some lead byte is followed by the right number of continuation bytes. */
    private static boolean hasUtf8Sequence(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            int continuation = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : 0;
            if (continuation == 0 || i + continuation >= bytes.length) continue;
            boolean ok = true;
            for (int k = 1; k <= continuation; k++) ok &= (bytes[i + k] & 0xC0) == 0x80;
            if (ok) return true;
        }
        return false;
    }

    /**
     * Western European text in windows-1252 is mostly ASCII letters with an accented letter here
     * and there; Cyrillic in windows-1251 is mostly high bytes (0xC0-0xFF are the letters).
     */
    private static boolean looksCyrillic(byte[] bytes) {
        long ascii = 0, cyrillicLetters = 0;
        for (byte value : bytes) {
            int b = value & 0xff;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) ascii++;
            else if (b >= 0xC0) cyrillicLetters++;
        }
        return cyrillicLetters > ascii;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xff) != prefix[i]) return false;
        return true;
    }
}
