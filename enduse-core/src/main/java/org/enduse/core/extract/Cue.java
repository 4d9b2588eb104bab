package org.enduse.core.extract;

/**
 * A word or phrase of the extraction lexicon: its category (a number word, a unit, a transfer
 * verb, a month...), the value it carries ("4", "TONNES", "delivered", "5") and its language.
 *
 * @param categoryBit the category's bit in its lexicon ({@link CategoryBits}): its own for the first 63 categories, one shared by the later ones
 */
public record Cue(String language, String category, String value, long categoryBit) {}
