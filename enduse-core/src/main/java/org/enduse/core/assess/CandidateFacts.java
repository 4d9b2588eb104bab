package org.enduse.core.assess;

/**
 * What the attribution found out about one sighting and one line, before any weighting: plain
 * facts, cheap to compute for millions of pairs. {@link Scoring} weighs them and puts them in words.
 *
 * @param unaccounted items on the line not yet accounted for, or -1 when the line's count is unknown
 */
record CandidateFacts(LineEntry line, SerialFit serial, String serialText, EquipmentFit equipment, int donors,
                      OriginFit origin, boolean markingNamesDonor, TimeFit time, long unaccounted,
                      HolderFit holder, PlaceFit place) {

    enum SerialFit { EXACT, PARTIAL, CONTRADICTED, NONE }

    enum EquipmentFit { TYPE, VARIANT, FAMILY, DESCRIPTION, DIFFERENT }

    enum OriginFit { DONOR_MAKES_IT, MADE_ELSEWHERE, UNKNOWN }

    /** BEFORE_DELIVERY never reaches scoring: it rules the line out. */
    enum TimeFit { AFTER_DELIVERY, MAY_PRECEDE_DELIVERY, DELIVERY_UNKNOWN, UNDATED, BEFORE_DELIVERY }

    enum HolderFit { RECIPIENT, DONOR, OTHER, UNKNOWN }

    enum PlaceFit { RECIPIENT, DONOR, OTHER, UNKNOWN }
}
