package org.enduse.core.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.enduse.core.common.CountryCode;

/**
 * Where assessment results are read from: today an {@link AssessmentEngine} working in memory,
 * later stored assessments. Readers (the alerts list, the dashboard, a sighting's page) depend on
 * this only, so switching the source is one change where it is wired.
 */
public interface AssessmentResults {
    /** Potential and confirmed violations, newest sighting first; see {@link AssessmentEngine#alerts}. */
    List<Alert> alerts(LocalDate since, CountryCode donor);

    /** A sighting's attribution and assessments, or empty when there is no such sighting. */
    Optional<SightingAssessment> ofSighting(String sightingId);
}
