package org.enduse.core.review;

/** Which candidates to list; a null part matches every candidate. */
public record CandidateQuery(CandidateStatus status, CandidateKind kind, String language) {
    public static CandidateQuery all() {
        return new CandidateQuery(null, null, null);
    }
}
