package org.enduse.core.extract;

/**
 * Where a dictionary name ends in the text when tokens alone would cut it short: the closing quote
 * of a name that opened one (Легіону «Свобода Росії»), and the last dot of an abbreviation
 * written with dots ("U.S.", "U.K."). Tokens are letters and digits, so both would be left out.
 */
final class NameEnds {
    static final String OPENING = "«„“\"‘";
    static final String CLOSING = "»“”\"’";
    /** Guillemets point either way: French and Ukrainian write «x», German »x«. */
    private static final String GUILLEMETS = "«»";

    private NameEnds() {}

    static int end(Passage p, int start, int end) {
        String text = p.text();
        if (end >= p.end()) return end;
        char next = text.charAt(end);
        if ((CLOSING.indexOf(next) >= 0 || GUILLEMETS.indexOf(next) >= 0) && opensQuote(text, start, end)) return end + 1;
        // "canons de type « César »": French sets a space inside its guillemets.
        if (isFrenchQuoteSpace(next) && end + 1 < p.end() && text.charAt(end + 1) == '»' && opensQuote(text, start, end)) return end + 2;
        if (next == '.' && dottedAbbreviation(text, start, end)) return end + 1;
        return end;
    }

    /** A space, no-break space or narrow no-break space, as French writes inside « ». */
    private static boolean isFrenchQuoteSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }

    /** More opening than closing quotes in the name: straight quotes and guillemets count as opening when their number is odd. */
    private static boolean opensQuote(String text, int start, int end) {
        int open = 0, straight = 0, guillemets = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') straight++;
            else if (GUILLEMETS.indexOf(c) >= 0) guillemets++;
            else if (OPENING.indexOf(c) >= 0) open++;
            else if (CLOSING.indexOf(c) >= 0) open--;
        }
        return open > 0 || straight % 2 == 1 || guillemets % 2 == 1;
    }

    /** "U.S", "U.K": single letters each followed by a dot, the last one's dot outside the name. */
    private static boolean dottedAbbreviation(String text, int start, int end) {
        if (end - start < 3) return false;
        for (int i = start; i < end; i++) {
            boolean letterPlace = (i - start) % 2 == 0;
            char c = text.charAt(i);
            if (letterPlace ? !Character.isUpperCase(c) : c != '.') return false;
        }
        return (end - start) % 2 == 1;
    }
}
