package org.enduse.core.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Pairs predictions with labels one to one so that as many pairs as possible agree (a maximum bipartite matching,
 * by augmenting paths). First-fit pairing makes the score depend on the order of the output: a loose label ("a
 * sighting, destroyed") taken by the first prediction that fits it leaves a stricter label ("destroyed, held by
 * UA") unmatched although the prediction meant for it is there too.
 */
final class MaximumMatching {
    private final List<List<Integer>> fits = new ArrayList<>();
    private final int[] predictionOf;

    private MaximumMatching(int labels) {
        predictionOf = new int[labels];
        Arrays.fill(predictionOf, -1);
    }

    /** For each prediction, the index of the label it is paired with, or -1. */
    static <P, L> int[] pair(List<P> predictions, List<L> labels, BiPredicate<P, L> agrees) {
        MaximumMatching m = new MaximumMatching(labels.size());
        for (P p : predictions) {
            List<Integer> fit = new ArrayList<>();
            for (int l = 0; l < labels.size(); l++) if (agrees.test(p, labels.get(l))) fit.add(l);
            m.fits.add(fit);
        }
        for (int p = 0; p < predictions.size(); p++) m.augment(p, new boolean[labels.size()]);
        int[] labelOf = new int[predictions.size()];
        Arrays.fill(labelOf, -1);
        for (int l = 0; l < labels.size(); l++) if (m.predictionOf[l] >= 0) labelOf[m.predictionOf[l]] = l;
        return labelOf;
    }

    /** Pairs prediction p, taking a free label first (so a matching without conflicts is first-fit) and else moving the holder of one. */
    private boolean augment(int p, boolean[] visited) {
        for (int l : fits.get(p)) {
            if (predictionOf[l] < 0) {
                predictionOf[l] = p;
                return true;
            }
        }
        for (int l : fits.get(p)) {
            if (visited[l]) continue;
            visited[l] = true;
            if (augment(predictionOf[l], visited)) {
                predictionOf[l] = p;
                return true;
            }
        }
        return false;
    }
}
