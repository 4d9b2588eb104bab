package org.enduse.core.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** An amount in an ISO 4217 currency. Never a float. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Checks.required("value", amount);
        if (amount.signum() < 0) throw InvalidInputException.field("value", "must not be negative");
        currency = Checks.required("currency", currency).toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("currency", "unknown currency code '" + currency + "' (expected ISO 4217, e.g. EUR, USD)");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) amount = amount.setScale(0);
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount.strip()), currency);
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("value", "'" + amount + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
