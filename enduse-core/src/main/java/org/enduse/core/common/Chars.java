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

    /** As {@code text.chars().anyMatch(Character::isDigit)}, without a stream: asked of words in the quantity and unit finders. */
    public static boolean anyDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    /** As {@code text.chars().allMatch(Character::isDigit)} (true for ""), without a stream. */
    public static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) if (!Character.isDigit(text.charAt(i))) return false;
        return true;
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(c);
    }
}
