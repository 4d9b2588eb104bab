package org.enduse.core.assess;

import org.enduse.core.common.PartialDate;

/** Were the terms still in force when the item was seen? Imprecise dates that straddle the end are uncertain. */
final class ValidityCheck {
    static final String RULE = "validity";

    /** Whether the terms bind at the sighting's time. */
    enum InForce { YES, NO, MAYBE }

    private ValidityCheck() {}

    static InForce inForce(SightingEntry s, PartialDate validUntil) {
        if (validUntil == null) return InForce.YES;
        if (!s.dated) return InForce.MAYBE;
        if (s.earliest > validUntil.latest().toEpochDay()) return InForce.NO;
        if (s.latest <= validUntil.earliest().toEpochDay()) return InForce.YES;
        return InForce.MAYBE;
    }

    static Finding check(SightingEntry s, PartialDate validUntil) {
        return switch (inForce(s, validUntil)) {
            case YES -> Finding.pass(RULE, () -> validUntil == null ? "the terms do not expire" : "seen while the terms were in force (until " + validUntil + ")");
            case NO -> Finding.of(RULE, Cause.TERMS_LAPSED, () -> "seen " + s.sighting.observed() + ", after the terms expired (" + validUntil + ")");
            case MAYBE -> Finding.of(RULE, Cause.TERMS_MAY_HAVE_LAPSED, () -> (s.dated ? "seen " + s.sighting.observed() : "the sighting is undated")
                    + " and the terms expired " + validUntil + ": they may no longer have bound");
        };
    }
}
