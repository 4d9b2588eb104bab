package org.enduse.core.extract;

import java.util.Map;
import org.enduse.core.intake.LanguageDetector;

/**
 * The script most of a document's letters are written in, which its language must share. A report
 * quoting a long post in another language ("We welcome Washington's decision ..." inside a Ukrainian
 * report of three short paragraphs) can have more characters in its one long foreign paragraph than
 * in its own paragraphs long enough to be detected alone; its letters, counted whole, still say which
 * script, and so which family of languages, the report is written in.
 */
final class DocumentScript {
    private DocumentScript() {}

    /**
     * The language with the most characters among those written in the script most of the text's
     * letters are in, or null when no language of that script has any ({@code weight}: characters per
     * language of the paragraphs long enough to be detected alone).
     */
    static String heaviestInMainScript(String text, Map<String, Integer> weight) {
        boolean cyrillic = mostlyCyrillic(text);
        String best = null;
        for (Map.Entry<String, Integer> e : weight.entrySet()) {
            if (LanguageDetector.writtenInCyrillic(e.getKey()) == cyrillic && (best == null || e.getValue() > weight.get(best))) best = e.getKey();
        }
        return best;
    }

    private static boolean mostlyCyrillic(String text) {
        int cyrillic = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Tokenizer.isCyrillic(c)) cyrillic++;
            else if (Character.isLetter(c)) latin++;
        }
        return cyrillic > latin;
    }
}
