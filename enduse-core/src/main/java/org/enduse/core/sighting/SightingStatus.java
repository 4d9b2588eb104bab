package org.enduse.core.sighting;

/** The state the equipment was seen in. */
public enum SightingStatus {
    IN_USE, CAPTURED, DESTROYED, DAMAGED, ABANDONED, SEIZED
}
