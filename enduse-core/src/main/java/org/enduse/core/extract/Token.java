package org.enduse.core.extract;

/**
 * A word or number in the text: its character span, the form folded for matching (lower case,
 * Latin accents removed), and the stem used to match inflected forms.
 */
public record Token(int start, int end, String text, String folded, String stem) {
    public boolean isNumeric() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
