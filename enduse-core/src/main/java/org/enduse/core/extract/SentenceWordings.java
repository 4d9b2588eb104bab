package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enduse.core.common.Chars;

/**
 * The wordings of a document's sentences read so far, so that a page that repeats its headline as
 * its lead states its events once. A sentence's wording is its letters and digits in lower case,
 * the same whatever its quotes, dashes or final stop. Each sentence is filed by a hash of its
 * wording, computed in one pass over its characters; the wordings themselves are built and
 * compared only when two hashes meet, which in most documents never happens (building every
 * sentence's wording and hashing it again as a string was some 3% of extraction).
 */
final class SentenceWordings {
    private final String text;
    /** The sentences of distinct wordings read, by the hash of their wording. */
    private final Map<Long, List<Sentences.Span>> byHash = new HashMap<>();

    SentenceWordings(String text) {
        this.text = text;
    }

    /** True unless a sentence read before had the same wording; the sentence counts as read from now on. */
    boolean firstReading(Sentences.Span sentence) {
        long hash = hash(sentence);
        List<Sentences.Span> sameHash = byHash.get(hash);
        if (sameHash == null) {
            byHash.put(hash, new ArrayList<>(List.of(sentence)));
            return true;
        }
        String wording = wording(sentence);
        for (Sentences.Span earlier : sameHash) if (wording(earlier).equals(wording)) return false;
        sameHash.add(sentence);
        return true;
    }

    private long hash(Sentences.Span sentence) {
        long hash = 0;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (Chars.isLetterOrDigit(c)) hash = hash * 1_000_003 + Chars.toLowerCase(c);
        }
        return hash;
    }

    private String wording(Sentences.Span sentence) {
        StringBuilder b = new StringBuilder(sentence.end() - sentence.start());
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (Chars.isLetterOrDigit(c)) b.append(Chars.toLowerCase(c));
        }
        return b.toString();
    }
}
