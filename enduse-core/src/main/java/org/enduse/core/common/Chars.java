package org.enduse.core.common;

/**
 * Character tests that every character of every text passes through (tokenising, language
 * scoring, sentence wording): ASCII, most of those characters, is answered by comparisons, the rest
 * by {@link Character}'s tables, whose look-ups were a few per cent of extraction's samples.
 */
public final class Chars {
    private Chars() {}

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(c);
    }
}
