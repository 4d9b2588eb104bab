package org.enduse.core.assess;

import java.time.Instant;
import org.enduse.core.common.Checks;

/**
 * How far the stored assessments are current: every change of the store up to the change counter
 * {@code throughChange} is reflected in them. Written at the end of each run of {@code assess}.
 */
public record AssessmentMark(long throughChange, Instant at, int evaluated, boolean full) {
    public AssessmentMark {
        if (throughChange < 0) throw new IllegalArgumentException("a change counter is never negative");
        Checks.required("time", at);
    }
}
