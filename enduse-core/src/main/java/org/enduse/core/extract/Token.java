package org.enduse.core.extract;

/**
 * A word or number in the text: its character span and its {@link Word}, which holds the form
 * folded for matching (lower case, Latin accents removed) and the stem used to match inflected
 * forms, shared by every token of the document with the same surface form.
 */
public record Token(int start, int end, Word word) {
    public String text() { return word.text(); }
    public String folded() { return word.folded(); }
    public String stem() { return word.stem(); }

    // Both are asked of nearly every token by several finders: ASCII is answered without Character's tables.

    public boolean isNumeric() {
        String text = word.text();
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    public boolean isCapitalised() {
        String text = word.text();
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }
}
