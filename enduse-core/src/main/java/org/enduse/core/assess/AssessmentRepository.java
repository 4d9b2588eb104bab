package org.enduse.core.assess;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stored assessment results, and what is needed to bring them up to date incrementally: the mark
 * of the last run, the records changed since, and a fingerprint of each transfer's lines (to tell a
 * change of terms, which re-checks only the sightings attributed to it, from a change of lines).
 */
public interface AssessmentRepository {
    /** Replaces the stored result of one sighting. */
    void replace(SightingResult result);

    Optional<SightingResult> find(String sightingId);

    /** Every stored result, by sighting id. */
    List<SightingResult> list();

    /** The ids of the sightings that have a stored result. */
    Set<String> assessed();

    /** The sightings with a stored candidate line in this transfer. */
    Set<String> withCandidateIn(String transferId);

    /** The mark of the last run, if any. */
    Optional<AssessmentMark> mark();

    /** Records a finished run; audited. */
    void mark(AssessmentMark mark);

    /** The transfers and sightings saved after the change counter {@code after}. */
    RecordChanges changesAfter(long after);

    /** The lines fingerprint of each transfer as last assessed. */
    Map<String, String> lineFingerprints();

    void lineFingerprint(String transferId, String fingerprint);

    /** Stores a reviewer's decision, replacing an earlier one on the same sighting and line; audited, so the next run re-assesses the sighting. */
    void saveReview(Review review);

    /** Every stored review decision. */
    List<Review> reviews();
}
