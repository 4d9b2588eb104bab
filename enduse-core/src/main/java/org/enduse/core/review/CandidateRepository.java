package org.enduse.core.review;

import java.util.List;
import java.util.Optional;

/** Stored candidates: the review queue. */
public interface CandidateRepository {
    Optional<Candidate> find(String id);

    /** Candidates matching the query, oldest first (ids sort by creation time). */
    List<Candidate> list(CandidateQuery query);

    /** Adds the candidate, or replaces the stored one with the same id. */
    void save(Candidate candidate);

    /**
     * Adds candidates none of which is stored yet (a report's, as it is ingested), each audited as
     * created; an id stored before makes the write fail.
     */
    void addAll(List<Candidate> candidates);
}
