package org.enduse.core.extract;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer into a growing character array that is reused: {@link #start} empties it, {@link #finish}
 * makes the string. Not thread-safe; {@link ExtractionJson} keeps one per thread.
 */
final class LineBuffer extends Writer {
    /** A buffer grown past this (a document of some 100 KB) is let go after its line, not kept for the next. */
    private static final int KEPT_CHARS = 1 << 20;
    private char[] chars = new char[0];
    private int length;

    void start(int expectedChars) {
        if (chars.length < expectedChars) chars = new char[expectedChars];
        length = 0;
    }

    String finish() {
        String line = new String(chars, 0, length);
        if (chars.length > KEPT_CHARS) chars = new char[0];
        length = 0;
        return line;
    }

    @Override
    public void write(char[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String source, int offset, int count) {
        ensure(count);
        source.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(int c) {
        ensure(1);
        chars[length++] = (char) c;
    }

    private void ensure(int more) {
        if (length + more > chars.length) chars = Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
