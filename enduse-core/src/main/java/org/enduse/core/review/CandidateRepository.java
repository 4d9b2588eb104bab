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
}
