package org.enduse.core.assess;

/** What a reviewer decided about a potential violation. */
public enum ReviewDecision {
    /** The potential violation is a violation: the verdict becomes VIOLATION_CONFIRMED. */
    CONFIRMED,
    /** The reviewer found no violation (for example a misidentified item): the verdict becomes COMPLIANT. */
    REJECTED
}
