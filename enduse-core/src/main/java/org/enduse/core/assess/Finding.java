package org.enduse.core.assess;

import java.util.function.Supplier;

/**
 * What one rule found for one sighting and one line: the cause it raises (null when none) and why,
 * in words. The words are built only when asked for: a full assessment checks millions of pairs
 * and explains none of them.
 */
record Finding(String rule, Cause cause, Supplier<String> words) {
    static Finding pass(String rule, Supplier<String> words) {
        return new Finding(rule, null, words);
    }

    static Finding of(String rule, Cause cause, Supplier<String> words) {
        return new Finding(rule, cause, words);
    }

    String text() {
        return words.get();
    }

    @Override
    public String toString() {
        return rule + ": " + text() + (cause == null ? "" : " [" + cause + "]");
    }
}
