package org.enduse.core.assess;

import java.util.List;
import java.util.Optional;

/**
 * What the engine says about one sighting, as `enduse explain` and the sighting's page show it:
 * every candidate line with its factors, the lines ruled out, and the assessment against each
 * best candidate (verdict, causes, explanation, evidence). {@code verdict} is the most likely line's.
 */
public record SightingAssessment(Attribution attribution, List<Assessment> assessments, Verdict verdict) {
    public SightingAssessment {
        assessments = List.copyOf(assessments);
        if (verdict == null) verdict = Verdict.INSUFFICIENT_INFORMATION;
    }

    /** The engine's answer for a sighting it holds, or empty when it holds none with that id. */
    public static Optional<SightingAssessment> of(AssessmentEngine engine, String sightingId) {
        if (engine.sighting(sightingId).isEmpty()) return Optional.empty();
        return Optional.of(new SightingAssessment(engine.attribution(sightingId), engine.assessments(sightingId),
                engine.verdict(sightingId).orElse(null)));
    }
}
