package org.enduse.core.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enduse.core.common.Chars;
import org.enduse.core.common.WordEndings;

/**
 * The fast path of {@link LanguageDetector}: settles the script (Cyrillic or Latin), then scores
 * each language of that script by its function words (a word shared by several languages counts for
 * each in proportion), its word endings and its own letters, in one pass. Reliable on running text,
 * weak on headlines, which is why a low margin hands the text to the n-gram detector.
 */
final class FunctionWordScorer {
    private static final FunctionWordScorer INSTANCE = new FunctionWordScorer();
    private final List<LanguageProfiles.Profile> profiles = LanguageProfiles.ALL;
    private final FunctionWordWeights wordWeights;
    /** No longer word is a function word: longer ones are not looked up (nor made into strings). */
    private final int longestWord;
    /** Every profile's word endings, bit p for profile p. */
    private final WordEndings endings = new WordEndings();
    /** For each char below U+0500, a bit per profile whose own letters include it. */
    private final int[] letterProfiles = new int[0x500];

    private FunctionWordScorer() {
        int n = profiles.size();
        for (int p = 0; p < n; p++) {
            for (char c : profiles.get(p).letters().toCharArray()) letterProfiles[c] |= 1 << p;
            for (String ending : profiles.get(p).endings()) endings.add(ending, 1 << p);
        }
        Map<String, Integer> sharedBy = new HashMap<>();
        for (var p : profiles) for (String w : p.words().stream().distinct().toList()) sharedBy.merge(w, 1, Integer::sum);
        Map<String, double[]> weights = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String w : profiles.get(i).words()) {
                weights.computeIfAbsent(w, k -> new double[n])[i] = 2.0 / sharedBy.get(w);
            }
        }
        wordWeights = new FunctionWordWeights(weights);
        longestWord = weights.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static FunctionWordScorer get() {
        return INSTANCE;
    }

    /** The best guess with its margin over the runner-up (0 = a tie), or null when there are no letters. */
    LanguageDetector.Guess detect(CharSequence text) {
        int n = profiles.size();
        double[] score = new double[n];
        int cyrillic = 0, latin = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0, len = text.length(); i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            if (Chars.isLetter(c)) {
                char lower = Chars.toLowerCase(c);
                word.append(lower);
                if (c >= 0x400 && c <= 0x4FF) cyrillic++;
                else if (c < 0x250) latin++;
                int mask = lower < letterProfiles.length ? letterProfiles[lower] : 0;
                for (int p = 0; mask != 0; p++, mask >>>= 1) if ((mask & 1) != 0) score[p] += 1.0;
            } else if (!word.isEmpty()) {
                scoreWord(word, score);
                word.setLength(0);
            }
        }
        if (cyrillic == 0 && latin == 0) return null;
        boolean wantCyrillic = cyrillic > latin;
        int best = -1, second = -1;
        for (int p = 0; p < n; p++) {
            if (profiles.get(p).cyrillic() != wantCyrillic) continue;
            if (best < 0 || score[p] > score[best]) {
                second = best;
                best = p;
            } else if (second < 0 || score[p] > score[second]) {
                second = p;
            }
        }
        double top = score[best], runnerUp = second < 0 ? 0 : score[second];
        double margin = top <= 0 ? 0 : (top - runnerUp) / top;
        return new LanguageDetector.Guess(profiles.get(best).language(), margin);
    }

    /** Adds the word's function-word weights, then half a point to each language with one of its endings. */
    private void scoreWord(CharSequence w, double[] score) {
        if (w.length() <= longestWord) {
            double[] weights = wordWeights.get(w);
            if (weights != null) for (int p = 0; p < score.length; p++) score[p] += weights[p];
        }
        if (w.length() < 5) return;
        for (int p = 0, bits = endings.bitsOf(w); bits != 0; p++, bits >>>= 1) if ((bits & 1) != 0) score[p] += 0.5;
    }
}
