package org.enduse.core.extract;

import java.util.Set;

/**
 * "USD1 billion", "EUR500m", "GBP2.3bn": financial writing glues a currency's ISO 4217 code to the
 * amount, with no space. The tokenizer keeps "USD1" one word, so the number inside it is found here.
 */
final class GluedCurrencyCode {
    /** The codes a report on arms aid writes before an amount, upper case as written. */
    private static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "UAH", "RUB", "CHF", "NOK", "SEK", "DKK", "CAD", "AUD",
            "JPY", "PLN", "CZK");

    /** Characters of a code: the number glued to it starts this far into the token. */
    static final int LENGTH = 3;

    private GluedCurrencyCode() {}

    /** The code of token t when it is a code glued to the digits that follow it ("USD1"), else null. */
    static String of(Token t) {
        String w = t.text();
        if (w.length() <= LENGTH || !Character.isDigit(w.charAt(LENGTH))) return null;
        String code = w.substring(0, LENGTH);
        return CODES.contains(code) ? code : null;
    }
}
