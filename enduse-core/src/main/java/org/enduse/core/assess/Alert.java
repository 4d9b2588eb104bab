package org.enduse.core.assess;

import java.util.List;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;

/**
 * A sighting whose check against a candidate line gave a potential or confirmed violation.
 * {@code rank} is the line's place among the sighting's candidates (1 = most likely source) and
 * {@code ambiguous} says the best candidates score too close to pin the item to one line.
 */
public record Alert(String sightingId, String transferId, String lineId, CountryCode donor, CountryCode recipient,
                    PartialDate observed, Verdict verdict, List<Cause> causes, double points, int rank, boolean ambiguous) {
    public Alert {
        sightingId = Checks.required("sighting id", sightingId);
        transferId = Checks.required("transfer id", transferId);
        lineId = Checks.required("line id", lineId);
        Checks.required("verdict", verdict);
        causes = Checks.list(causes);
    }
}
