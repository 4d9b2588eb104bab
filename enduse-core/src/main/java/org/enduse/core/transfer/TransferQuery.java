package org.enduse.core.transfer;

import java.util.Locale;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;

/**
 * Which transfers to list; a null part matches everything. {@code equipment} matches a line's
 * catalog type id exactly or appears in its description (case-insensitive); {@code status} matches
 * a line's current status; {@code since} keeps transfers announced, or with a lifecycle event, that
 * may fall on or after that date (see {@link PartialDate#mayBeOnOrAfter}).
 */
public record TransferQuery(CountryCode donor, CountryCode recipient, String equipment, LifecycleStatus status, PartialDate since) {
    /** A query without a date limit. */
    public TransferQuery(CountryCode donor, CountryCode recipient, String equipment, LifecycleStatus status) {
        this(donor, recipient, equipment, status, null);
    }

    public static TransferQuery all() {
        return new TransferQuery(null, null, null, null, null);
    }

    public boolean matches(Transfer t) {
        if (donor != null && !donor.equals(t.donor())) return false;
        if (recipient != null && !recipient.equals(t.recipient())) return false;
        if (since != null && !activeSince(t)) return false;
        return t.lines().isEmpty() ? equipment == null && status == null
                : t.lines().stream().anyMatch(this::matchesLine);
    }

    private boolean activeSince(Transfer t) {
        if (t.announced() != null && t.announced().mayBeOnOrAfter(since)) return true;
        return t.lines().stream().flatMap(l -> l.history().stream()).anyMatch(e -> e.date().mayBeOnOrAfter(since));
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
