package org.enduse.core.review;

/**
 * The evidence of a candidate inside its source text, with some text either side so a reviewer
 * reads it in context. {@code before} starts at {@code start}; the flags say whether the text goes
 * on beyond the excerpt.
 */
public record Excerpt(int start, String before, String evidence, String after, boolean moreBefore, boolean moreAfter) {

    /** The excerpt of [evidenceStart, evidenceEnd) with up to {@code context} characters either side (clamped to the text). */
    public static Excerpt of(String text, int evidenceStart, int evidenceEnd, int context) {
        int s = Math.max(0, Math.min(evidenceStart, text.length()));
        int e = Math.max(s, Math.min(evidenceEnd, text.length()));
        int from = Math.max(0, s - context), to = Math.min(text.length(), e + context);
        return new Excerpt(from, text.substring(from, s), text.substring(s, e), text.substring(e, to), from > 0, to < text.length());
    }
}
