package org.enduse.core.extract;

import java.util.Map;

/**
 * "A$110 million", "C$2 billion", "NZ$5m", "US$1.2bn": the letters a report writes before "$" say
 * whose dollar it is. A bare "$" stays the US dollar (MoneyFinder's symbol table).
 */
record DollarPrefix(int start, String currency) {
    /** The letters before "$", as written (upper case), and the ISO 4217 code they name. */
    private static final Map<String, String> PREFIXES = Map.of("US", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD",
            "NZ", "NZD", "HK", "HKD", "S", "SGD");

    /**
     * The prefix of the "$" at dollar in text, or null when no known prefix stands right before it.
     * The letters must start a word: "SA$" or "AUS$" name no currency here, nor does "S$" inside a word.
     */
    static DollarPrefix before(String text, int dollar) {
        int from = dollar;
        while (from > 0 && dollar - from < 2 && Character.isUpperCase(text.charAt(from - 1)) && Character.isLetter(text.charAt(from - 1))) from--;
        if (from == dollar || from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) return null;
        String currency = PREFIXES.get(text.substring(from, dollar));
        return currency == null ? null : new DollarPrefix(from, currency);
    }
}
