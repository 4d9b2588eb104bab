package org.enduse.core.review;

import org.enduse.core.source.Source;

/**
 * One candidate as a reviewer sees it: its source, the source's whole stored text (the evidence
 * offsets point into it) and the evidence in context. Text and excerpt are null when the source has
 * no stored text.
 */
public record CandidateDetail(Candidate candidate, Source source, String sourceText, Excerpt excerpt) {}
