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
        // A character that upper-cases to another answers "no" without the upper-cased copy; only a word with none
        // builds it, since one character may still upper-case to two ("ß" to "SS").
        for (int i = 0; i < text.length(); i++) if (Character.toUpperCase(text.charAt(i)) != text.charAt(i)) return false;
        return text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isCapitalised() {
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }
}
