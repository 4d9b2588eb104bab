package org.enduse.core.sighting;

import java.util.List;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.Place;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.SerialNumbers;

/**
 * Equipment observed somewhere, at some time, in someone's hands: what the footage or report
 * shows, with the markings and serials read off it, and how far it is verified.
 */
public record Sighting(String id, EquipmentRef equipment, Quantity quantity, List<String> markings, List<String> serials,
                       Place place, PartialDate observed, ActorRef holder, SightingStatus status,
                       Verification verification, List<String> sourceIds, String note) {
    public Sighting {
        id = Checks.required("sighting id", id);
        Checks.required("equipment", equipment);
        if (quantity == null) quantity = Quantity.items(1);
        markings = Checks.list(markings);
        serials = Checks.list(serials).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (place == null) place = new Place(null, null, null, null, null, null);
        if (status == null) status = SightingStatus.IN_USE;
        if (verification == null) verification = Verification.UNVERIFIED;
        sourceIds = Checks.list(sourceIds);
        note = Checks.optional(note);
        checkSerialsDistinct(serials);
    }

    /** Serials are compared as normalised, as matching does: "FN 150" and "FN-150" are one item read twice. */
    private static void checkSerialsDistinct(List<String> serials) {
        var seen = new java.util.HashMap<String, String>();
        for (String serial : serials) {
            String earlier = seen.putIfAbsent(SerialNumbers.normalise(serial), serial);
            if (earlier != null) {
                throw InvalidInputException.field("serials", "serial " + serial + " is listed twice"
                        + (earlier.equals(serial) ? "" : " (also as " + earlier + ")"));
            }
        }
    }
}
