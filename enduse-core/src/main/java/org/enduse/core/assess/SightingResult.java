package org.enduse.core.assess;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;

/**
 * A sighting's stored assessment: its assessments against its best candidate lines (best first,
 * each with causes, explanation and evidence), the alerts they raise, whether the source is
 * ambiguous, and the lines ruled out. What {@code assess} keeps, and {@code alerts} and
 * {@code explain} read, so neither has to re-run the engine.
 */
public record SightingResult(String sightingId, PartialDate observed, boolean ambiguous, List<Assessment> assessments, List<Alert> alerts,
                             List<String> ruledOut) {
    /** Newest sighting first (undated last), then by sighting and rank: the order alerts are listed in. */
    public static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing((Alert a) -> a.observed() == null ? LocalDate.MIN : a.observed().earliest())
            .reversed().thenComparing(Alert::sightingId).thenComparing(Alert::rank);

    public SightingResult {
        sightingId = Checks.required("sighting id", sightingId);
        assessments = Checks.list(assessments);
        alerts = Checks.list(alerts);
        ruledOut = Checks.list(ruledOut);
    }

    /** The assessment against the most likely line; empty when no line fits. */
    public Optional<Assessment> best() {
        return assessments.isEmpty() || assessments.get(0).transferId() == null ? Optional.empty() : Optional.of(assessments.get(0));
    }

    /** The transfers among this sighting's candidate lines. */
    public List<String> candidateTransfers() {
        return assessments.stream().map(Assessment::transferId).filter(t -> t != null).distinct().toList();
    }

    /**
     * The alerts of these results, newest sighting first, as {@link AssessmentEngine#alerts} gives
     * them: {@code since} keeps sightings that may have happened on or after that day (undated ones
     * are left out), {@code donor} the lines that donor gave. Either may be null.
     */
    public static List<Alert> alerts(List<SightingResult> results, LocalDate since, CountryCode donor) {
        return results.stream().filter(r -> since == null || r.observed() != null && !r.observed().latest().isBefore(since))
                .flatMap(r -> r.alerts().stream()).filter(a -> donor == null || donor.equals(a.donor())).sorted(NEWEST_FIRST).toList();
    }
}
