package org.enduse.core.transfer;

/**
 * Where a transfer line stands. docs/lifecycle.md defines each state and the evidence it needs.
 * The order is the usual path; LOST, DESTROYED, CAPTURED and DISPOSED end a line's life with the
 * recipient (a captured item can still be sighted later, with someone else).
 */
public enum LifecycleStatus {
    PLEDGED, APPROVED, SHIPPED, DELIVERED, IN_SERVICE, LOST, DESTROYED, CAPTURED, DISPOSED;

    /** True once the items have physically reached the recipient. */
    public boolean isDelivered() {
        return ordinal() >= DELIVERED.ordinal();
    }

    /** True for states that take items out of the recipient's custody. */
    public boolean endsCustody() {
        return this == LOST || this == DESTROYED || this == CAPTURED || this == DISPOSED;
    }
}
