package org.enduse.core.sighting;

/**
 * How far a sighting is established, in increasing strength. CONFIRMED needs a person: nothing
 * extracted by a machine reaches it on its own.
 */
public enum Verification {
    /** Reported, not yet checked. */
    UNVERIFIED,
    /** The imagery was matched to a location. */
    GEOLOCATED,
    /** Independent sources agree. */
    CORROBORATED,
    /** An analyst confirmed it, on the record. */
    CONFIRMED
}
