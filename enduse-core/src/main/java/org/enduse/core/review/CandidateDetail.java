package org.enduse.core.review;

import org.enduse.core.source.Source;

/** One candidate as a reviewer sees it: with its source and the evidence in context (null when the source has no stored text). */
public record CandidateDetail(Candidate candidate, Source source, Excerpt excerpt) {}
