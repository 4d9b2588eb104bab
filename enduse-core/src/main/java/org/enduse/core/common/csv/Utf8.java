package org.enduse.core.common.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of replacing it silently. */
public final class Utf8 {
    private Utf8() {}

    /** Thrown with the decoded text before the bad byte, so the caller can say which row and column it falls in. */
    public static final class BadEncoding extends Exception {
        private final transient String validPrefix;
        private final long byteOffset;

        BadEncoding(String validPrefix, long byteOffset) {
            super("invalid UTF-8 at byte " + byteOffset);
            this.validPrefix = validPrefix;
            this.byteOffset = byteOffset;
        }

        public String validPrefix() {
            return validPrefix;
        }

        public long byteOffset() {
            return byteOffset;
        }
    }

    public static String decode(byte[] bytes) throws BadEncoding {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw new BadEncoding(out.flip().toString(), in.position());
        result = decoder.flush(out);
        if (result.isError()) throw new BadEncoding(out.flip().toString(), in.position());
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
