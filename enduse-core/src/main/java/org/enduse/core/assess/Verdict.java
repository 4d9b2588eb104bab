package org.enduse.core.assess;

/** The answer a rule gives for one sighting against one transfer line's terms. */
public enum Verdict {
    COMPLIANT,
    POTENTIAL_VIOLATION,
    /** Only after a reviewer confirms a potential violation. */
    VIOLATION_CONFIRMED,
    INSUFFICIENT_INFORMATION
}
