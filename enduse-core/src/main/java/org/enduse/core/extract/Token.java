package org.enduse.core.extract;

/**
 * A word or number in the text: its character span, the form folded for matching (lower case,
 * Latin accents removed), and the stem used to match inflected forms.
 */
public record Token(int start, int end, String text, String folded, String stem) {
    // Both are asked of nearly every token by several finders: ASCII is answered without Character's tables.

    public boolean isNumeric() {
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Whether the whole word is written in capitals ("GELDERN", "KOPENHAGEN", "NATO"). */
    public boolean isInCapitals() {
        return text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isCapitalised() {
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }
}
