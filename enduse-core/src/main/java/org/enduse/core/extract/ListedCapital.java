package org.enduse.core.extract;

import java.util.Set;

/**
 * A capital among names and figures with no sentence around it: a Russian or Ukrainian tag list ("Джо Байден Москва
 * Россия США Украина Киев Франция", "Украина Киев Литва Вильнюс") or a weather line ("+8° Київ +10° Варшава +8°
 * Вашингтон", "7°С Москва USD 91.12"). No verb makes it act, and the labels read every such capital in the pool a place
 * (14 of 14 in batches 14, 27, 43 and 48). Only in Russian and Ukrainian: German capitalises its nouns and English and
 * Dutch headlines their words ("Germany Sends Kyiv Tanks"), so capitalised neighbours say nothing there.
 */
final class ListedCapital {
    /** Bulgarian too: a short Russian line of names alone is often guessed Bulgarian (batch 27, ru-02). */
    private static final Set<String> LANGUAGES = Set.of("ru", "uk", "bg");
    /** What ends a sentence or a phrase: a neighbour across one of them is no fellow item of a list. */
    private static final String PUNCTUATION = ".,;:!?()[]\"«»„“”—–|";
    /** The signs a figure of a weather or rates line carries ("+8°", "7°С", "$ 38.08", "−3°"). */
    private static final String FIGURE_SIGNS = "°+-−$€£₽₴%";

    private ListedCapital() {}

    /**
     * One fellow item on each side; at the paragraph's edge, where one side has none, two in a row on the other and no
     * punctuation at the edge: a sentence's last words "...танки Leopard Киеву." or a headline's "...Patriot и Leopard
     * Киеву" have at most one capitalised word before the capital.
     */
    static boolean inList(Passage p, int startToken, int endToken) {
        if (!LANGUAGES.contains(p.language())) return false;
        boolean before = startToken > 0, after = endToken < p.tokens().size();
        if (!before && !after) return false;
        if (!before) return plain(p, p.start(), p.tokens().get(startToken).start()) && items(p, endToken, 1, 2);
        if (!after) return plain(p, p.tokens().get(endToken - 1).end(), p.end()) && items(p, startToken - 1, -1, 2);
        return items(p, startToken - 1, -1, 1) && items(p, endToken, 1, 1);
    }

    /**
     * {@code needed} items in a row from token k, going back (step -1) or on (step 1), each parted from the word before
     * it on that side by a plain gap.
     */
    private static boolean items(Passage p, int k, int step, int needed) {
        for (int i = 0; i < needed; i++, k += step) {
            if (k < 0 || k >= p.tokens().size() || !item(p, k)) return false;
            int later = step < 0 ? k + 1 : k;
            if (!plain(p, p.tokens().get(later - 1).end(), p.tokens().get(later).start())) return false;
        }
        return true;
    }

    /**
     * A name or a figure: capitalised ("Россия", "USD", the "С" of "7°С") or a number with a sign ("+10°", "7°"). A bare
     * number is more often a type's ("Leopard 2", "F-16") than a line's figure.
     */
    private static boolean item(Passage p, int k) {
        Token t = p.tokens().get(k);
        if (t.isCapitalised()) return true;
        if (!t.isNumeric()) return false;
        String text = p.text();
        return t.start() > 0 && FIGURE_SIGNS.indexOf(text.charAt(t.start() - 1)) >= 0
                || t.end() < text.length() && FIGURE_SIGNS.indexOf(text.charAt(t.end())) >= 0;
    }

    /**
     * Only spaces and signs ("°", "+", "$") between the offsets, no punctuation; and not a hyphen alone, which joins the
     * parts of one word ("IRIS-T", "F-16").
     */
    private static boolean plain(Passage p, int from, int to) {
        if (to - from == 1 && p.text().charAt(from) == '-') return false;
        for (int i = from; i < to; i++) {
            if (PUNCTUATION.indexOf(p.text().charAt(i)) >= 0) return false;
        }
        return true;
    }
}
