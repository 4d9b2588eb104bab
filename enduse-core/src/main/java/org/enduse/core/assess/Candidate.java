package org.enduse.core.assess;

import java.util.List;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;

/** A transfer line that may be the source of a sighted item, with its score and every factor behind it. */
public record Candidate(String transferId, String lineId, CountryCode donor, CountryCode recipient, double points,
                        List<FactorScore> factors) {
    public Candidate {
        transferId = Checks.required("transfer id", transferId);
        lineId = Checks.required("line id", lineId);
        factors = Checks.list(factors);
    }
}
