package org.enduse.core.assess;

import java.util.List;
import org.enduse.core.common.Checks;

/**
 * The ranked candidate lines for one sighting, best first, and the lines considered but ruled
 * out with the reason for each. No candidates is an honest answer: {@code noCandidateReason} says why.
 */
public record Attribution(String sightingId, List<Candidate> candidates, List<String> ruledOut, String noCandidateReason) {
    /** Candidates whose scores lie within this fraction of the best are reported as ambiguous. */
    static final double AMBIGUITY_MARGIN = 0.1;

    public Attribution {
        sightingId = Checks.required("sighting id", sightingId);
        candidates = Checks.list(candidates);
        ruledOut = Checks.list(ruledOut);
        noCandidateReason = Checks.optional(noCandidateReason);
    }

    public boolean hasCandidate() {
        return !candidates.isEmpty();
    }

    /** True when the best two candidates score within 10% of each other: the sighting cannot be pinned to one line. */
    public boolean isAmbiguous() {
        return candidates.size() >= 2 && isLikely(candidates.get(1).points(), candidates.get(0).points());
    }

    /**
     * A likely source is the best candidate or one scoring within 10% of it. Only likely sources
     * raise alerts: a line scoring far below the best is listed, but is not what the item is.
     */
    static boolean isLikely(double points, double best) {
        return best - points <= Math.abs(best) * AMBIGUITY_MARGIN;
    }
}
