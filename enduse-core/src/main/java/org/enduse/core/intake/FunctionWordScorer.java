package org.enduse.core.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of {@link LanguageDetector}: settles the script (Cyrillic or Latin), then scores
 * each language of that script by its function words (a word shared by several languages counts for
 * each in proportion), its word endings and its own letters, in one pass. Reliable on running text,
 * weak on headlines, which is why a low margin hands the text to the n-gram detector.
 */
final class FunctionWordScorer {
    private static final FunctionWordScorer INSTANCE = new FunctionWordScorer();
    private final List<LanguageProfiles.Profile> profiles = LanguageProfiles.ALL;
    private final Map<String, double[]> wordWeights = new HashMap<>();

    private FunctionWordScorer() {
        int n = profiles.size();
        Map<String, Integer> sharedBy = new HashMap<>();
        for (var p : profiles) for (String w : p.words().stream().distinct().toList()) sharedBy.merge(w, 1, Integer::sum);
        for (int i = 0; i < n; i++) {
            for (String w : profiles.get(i).words()) {
                wordWeights.computeIfAbsent(w, k -> new double[n])[i] = 2.0 / sharedBy.get(w);
            }
        }
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
            if (Character.isLetter(c)) {
                char lower = Character.toLowerCase(c);
                word.append(lower);
                if (c >= 0x400 && c <= 0x4FF) cyrillic++;
                else if (c < 0x250) latin++;
                for (int p = 0; p < n; p++) if (profiles.get(p).letters().indexOf(lower) >= 0) score[p] += 1.0;
            } else if (!word.isEmpty()) {
                scoreWord(word.toString(), score);
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

    private void scoreWord(String w, double[] score) {
        double[] weights = wordWeights.get(w);
        if (weights != null) for (int p = 0; p < score.length; p++) score[p] += weights[p];
        if (w.length() < 5) return;
        for (int p = 0; p < score.length; p++) {
            for (String ending : profiles.get(p).endings()) {
                if (w.endsWith(ending)) {
                    score[p] += 0.5;
                    break;
                }
            }
        }
    }
}
