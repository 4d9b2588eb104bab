package org.enduse.core.extract;

import java.util.Map;

/**
 * "39 millions $ CA", "5 milliards $US": French writes the country's letters after a "$" that follows
 * the amount. They say whose dollar it is, as DollarPrefix's letters do before the "$".
 */
record DollarSuffix(int end, String currency) {
    private static final Map<String, String> SUFFIXES = Map.of("US", "USD", "CA", "CAD", "CAN", "CAD", "AU", "AUD", "AUS", "AUD",
            "NZ", "NZD");

    /**
     * The letters after the "$" ending at dollarEnd in text, one space allowed between, or null when
     * no known suffix stands there as a whole word.
     */
    static DollarSuffix after(String text, int dollarEnd) {
        int from = dollarEnd < text.length() && text.charAt(dollarEnd) == ' ' ? dollarEnd + 1 : dollarEnd;
        int to = from;
        while (to < text.length() && to - from < 3 && Character.isUpperCase(text.charAt(to))) to++;
        if (to == from || to < text.length() && Character.isLetterOrDigit(text.charAt(to))) return null;
        String currency = SUFFIXES.get(text.substring(from, to));
        return currency == null ? null : new DollarSuffix(to, currency);
    }
}
