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
        if (candidates.size() < 2) return false;
        double best = candidates.get(0).points();
        return best - candidates.get(1).points() <= Math.abs(best) * AMBIGUITY_MARGIN;
    }
}
