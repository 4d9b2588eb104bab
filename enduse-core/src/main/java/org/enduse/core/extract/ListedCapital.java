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

    private ListedCapital() {}

    static boolean inList(Passage p, int startToken, int endToken) {
        if (!LANGUAGES.contains(p.language())) return false;
        boolean before = startToken > 0, after = endToken < p.tokens().size();
        if (!before && !after) return false;
        return (!before || item(p, startToken - 1) && plainGap(p, startToken)) && (!after || item(p, endToken) && plainGap(p, endToken));
    }

    /** A name or a figure: capitalised ("Россия", "USD", the "С" of "7°С") or a number ("+10°"). */
    private static boolean item(Passage p, int k) {
        Token t = p.tokens().get(k);
        return t.isCapitalised() || t.isNumeric();
    }

    /** Only spaces and signs ("°", "+", "$") between token k-1 and token k, no punctuation. */
    private static boolean plainGap(Passage p, int k) {
        for (int i = p.tokens().get(k - 1).end(); i < p.tokens().get(k).start(); i++) {
            if (PUNCTUATION.indexOf(p.text().charAt(i)) >= 0) return false;
        }
        return true;
    }
}
