package org.enduse.core.assess;

import org.enduse.core.common.Checks;

/** What one factor added to a candidate's score, and why, in words. */
public record FactorScore(Factor factor, double points, String reason) {
    public FactorScore {
        Checks.required("factor", factor);
        reason = Checks.required("reason", reason);
    }

    @Override
    public String toString() {
        return factor.name().toLowerCase(java.util.Locale.ROOT) + " " + Scoring.signed(points) + ": " + reason;
    }
}
