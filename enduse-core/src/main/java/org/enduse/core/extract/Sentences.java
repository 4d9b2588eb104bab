package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at . ! ? followed by a space and a capital, a digit or a quote,
 * except after common abbreviations and initials ("U.S. officials", "Mr. Rutte", "Gen. Zaluzhny"),
 * and at a full stop pasted straight onto the next sentence ("livrés.Un").
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "no",
            "vs", "e.g", "i.e", "mt", "jr", "sr", "dhr", "mevr", "m", "mme", "hr", "fr", "p", "ca", "approx", "inc", "ltd", "co",
            "ім", "ул", "г", "т", "ж",
            // Ranks before a name ("Maj. Gen. Pat Ryder", "Brig. Gen.") and months before a day ("on Dec. 22").
            "maj", "brig", "capt", "adm", "cmdr", "sen", "rep", "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

    /** A sentence span [start, end) in document offsets. */
    record Span(int start, int end) {}

    private Sentences() {}

    static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') continue;
            int j = i + 1;
            // Quotes closing on the mark: German closes „…“ and ‚…‘ with the marks English opens with.
            while (j < to && "\"'”’»)“‘".indexOf(text.charAt(j)) >= 0) j++;
            if (j < to && isRunOn(text, i, j)) {
                out.add(new Span(start, j));
                start = j;
                continue;
            }
            if (j >= to || !Character.isWhitespace(text.charAt(j))) continue;
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k))) k++;
            if (k >= to) continue;
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“«„'‘(—–-".indexOf(next) >= 0)) continue;
            if (c == '.' && isAbbreviation(text, start, i)) continue;
            out.add(new Span(start, j));
            start = k;
            i = k - 1;
        }
        if (start < to) out.add(new Span(start, to));
        return out;
    }

    /**
     * "devraient être livrés.Un demi-millier": text pasted without the space after a full stop. A
     * word of two lower-case letters or more, the mark, then a capital starts a new sentence; "U.S.A"
     * and "fr.sputniknews" do not.
     */
    private static boolean isRunOn(String text, int mark, int next) {
        return next == mark + 1 && mark >= 2 && Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(mark - 1))
                && Character.isLowerCase(text.charAt(mark - 2)) && next + 1 < text.length() && Character.isLowerCase(text.charAt(next + 1));
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) return true; // an initial: "J. Smith", "U.S."
        return ABBREVIATIONS.contains(word) || word.contains(".");
    }
}
