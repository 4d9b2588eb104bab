package org.enduse.core.transfer;

import java.math.BigDecimal;
import org.enduse.core.common.InvalidInputException;

/** An amount in a unit; the amount is null when the source does not say how many. */
public record Quantity(BigDecimal amount, QuantityUnit unit) {
    public Quantity {
        if (amount != null && amount.signum() < 0) throw InvalidInputException.field("quantity", "must not be negative (got " + amount.toPlainString() + ")");
        if (unit == null) unit = QuantityUnit.ITEMS;
        if (amount != null) {
            amount = amount.stripTrailingZeros();
            if (amount.scale() < 0) amount = amount.setScale(0);
        }
    }

    public static Quantity unknown(QuantityUnit unit) {
        return new Quantity(null, unit);
    }

    public static Quantity items(long n) {
        return new Quantity(BigDecimal.valueOf(n), QuantityUnit.ITEMS);
    }

    public boolean isKnown() {
        return amount != null;
    }

    @Override
    public String toString() {
        return (amount == null ? "unknown number of" : amount.toPlainString()) + " " + unit.label();
    }
}
