package org.enduse.core.extract;

/**
 * Reports typed on two keyboards mix Latin letters and the Cyrillic letters drawn the same inside one
 * word: "Cтингер" (a Latin C), "ІRIS-T" (a Ukrainian І), "Leopard 2А4" (a Cyrillic А after the digit;
 * batches 38-40, ru and uk). The folded form of such a word is written in one script, so it meets the
 * name as listed: a word with letters of both scripts takes the script most of its letters are in,
 * and a designation of digits and Cyrillic capital twins only ("2А4", "М777") is read in Latin letters.
 * Catalog names are folded the same way, so a name listed in Cyrillic ("М777") still meets its text.
 */
final class ScriptTwins {
    /** Lower-case Latin letters and the Cyrillic letters drawn as they are (in lower or upper case), position by position. */
    private static final String LATIN = "abcehikmoptxy";
    private static final String CYRILLIC = "авсенікмортху";

    private ScriptTwins() {}

    /** The word's folded (lower-case) form in one script; that form itself when it is in one already or cannot be. */
    static String oneScript(String word, String folded) {
        int latin = 0, cyrillic = 0;
        boolean digit = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') latin++;
            else if (Tokenizer.isCyrillic(c)) cyrillic++;
            else if (c >= '0' && c <= '9') digit = true;
        }
        if (cyrillic == 0) return folded;
        // Only capitals: "2е" and "3к" are a Russian ordinal and a count in thousands, not designations.
        if (latin == 0) return digit && onlyTwins(folded) && word.equals(word.toUpperCase(java.util.Locale.ROOT)) ? retyped(folded, CYRILLIC, LATIN) : folded;
        if (latin == cyrillic) return folded;
        return latin > cyrillic ? retyped(folded, CYRILLIC, LATIN) : retyped(folded, LATIN, CYRILLIC);
    }

    /**
     * Whether every Cyrillic letter of the word has a Latin twin. Asked only of a word of digits and Cyrillic letters, the
     * one case the answer decides, rather than by a search of the twins' list at every Cyrillic letter of every word.
     */
    private static boolean onlyTwins(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Tokenizer.isCyrillic(c) && CYRILLIC.indexOf(c) < 0) return false;
        }
        return true;
    }

    private static String retyped(String word, String from, String to) {
        StringBuilder out = new StringBuilder(word);
        for (int i = 0; i < out.length(); i++) {
            int twin = from.indexOf(out.charAt(i));
            if (twin >= 0) out.setCharAt(i, to.charAt(twin));
        }
        return out.toString();
    }
}
