package org.enduse.core.transfer;

import java.util.Locale;
import org.enduse.core.common.CountryCode;

/**
 * Which transfers to list; a null part matches everything. {@code equipment} matches a line's
 * catalog type id exactly or appears in its description (case-insensitive); {@code status} matches
 * a line's current status.
 */
public record TransferQuery(CountryCode donor, CountryCode recipient, String equipment, LifecycleStatus status) {
    public static TransferQuery all() {
        return new TransferQuery(null, null, null, null);
    }

    public boolean matches(Transfer t) {
        if (donor != null && !donor.equals(t.donor())) return false;
        if (recipient != null && !recipient.equals(t.recipient())) return false;
        return t.lines().isEmpty() ? equipment == null && status == null
                : t.lines().stream().anyMatch(this::matchesLine);
    }

    private boolean matchesLine(TransferLine line) {
        if (status != null && line.status() != status) return false;
        if (equipment == null) return true;
        String wanted = equipment.strip().toLowerCase(Locale.ROOT);
        var ref = line.equipment();
        return wanted.equalsIgnoreCase(ref.typeId())
                || (ref.description() != null && ref.description().toLowerCase(Locale.ROOT).contains(wanted));
    }
}
