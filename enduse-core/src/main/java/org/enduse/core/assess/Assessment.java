package org.enduse.core.assess;

import java.time.Instant;
import java.util.List;
import org.enduse.core.common.Checks;

/**
 * The result of checking one sighting against one candidate transfer line: the attribution score,
 * the verdict with its cause codes, the explanation in words and the evidence behind it.
 */
public record Assessment(String id, String sightingId, String transferId, String lineId, double score,
                         Verdict verdict, List<String> causes, List<String> explanation, List<Evidence> evidence,
                         Instant assessedAt) {
    public Assessment {
        id = Checks.required("assessment id", id);
        sightingId = Checks.required("sighting id", sightingId);
        Checks.required("verdict", verdict);
        causes = Checks.list(causes);
        explanation = Checks.list(explanation);
        evidence = Checks.list(evidence);
    }
}
