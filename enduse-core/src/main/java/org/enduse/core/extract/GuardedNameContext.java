package org.enduse.core.extract;

import java.util.List;

/**
 * Where a guarded equipment name, a form that is also a common word, a town or a country ("Hawk", "Alkmaar",
 * "Island"), names its type: the words next to it must say that a type is named.
 * <ul>
 * <li>An item noun right after it, or one of the English purpose modifiers and then an item noun ("Hawk
 * launchers", "Hawk air defense systems").</li>
 * <li>A word for type or class right before it, itself after an item noun ("dragueurs de mines de classe Alkmaar",
 * "катера типа Island"), or right after it and then an item noun ("Alkmaar-class minesweepers", "Island class patrol
 * boats"): ship classes are named after a town, a word or a first name, and the reports of batch 50 wrote the bare
 * class name so in en, fr, ru and uk. A type word alone is no evidence (after review of round 54: "The Island class
 * of problems", "Бизнес класса Island", "la classe Ada" of a school); German "Alkmaar-Klasse" is the catalog's own
 * alias.</li>
 * <li>In Ukrainian and Russian, an item noun right before it, maybe with a Cyrillic abbreviation for the kind of
 * system between ("системы ПВО Hawk", "системи ППО Hawk", "ЗРК Hawk"), where these languages put the designation
 * after the noun, maybe past its purpose (batch 56, ru and uk: "системы противовоздушной обороны Hawk").</li>
 * </ul>
 */
final class GuardedNameContext {
    private GuardedNameContext() {}

    /** Whether the guarded name at tokens [start, end) names its type here. */
    static boolean namesType(List<Token> tokens, int start, int end, String language) {
        return itemNounFollows(tokens, end, language) || typeWordAt(tokens, start - 1, language) && itemNounBefore(tokens, start - 1, language)
                || typeWordAt(tokens, end, language) && itemNounFollows(tokens, end + 1, language) || slavicItemNounBefore(tokens, start, language);
    }

    /** An item noun at k, or an English purpose modifier there followed by one. */
    private static boolean itemNounFollows(List<Token> tokens, int k, String language) {
        if (NameMatcher.itemNounAt(tokens, k, language)) return true;
        if (k >= tokens.size()) return false;
        for (Lexicon.Hit modifier : Lexicon.get().hits(tokens, k, language)) {
            if (modifier.cue().category().equals("itemmodifier") && NameMatcher.itemNounAt(tokens, modifier.endToken(), language)) return true;
        }
        return false;
    }

    /** A word for type or class (lexicon `typeword`) at k: "типа", "classe", "class", "Klasse". */
    private static boolean typeWordAt(List<Token> tokens, int k, String language) {
        return k >= 0 && k < tokens.size() && Lexicon.get().word(tokens.get(k).folded(), language, "typeword") != null;
    }

    /** Words an item noun may have between it and a name after it: a purpose ("противовоздушной обороны"), then an abbreviation. */
    private static final int MAX_BETWEEN_NOUN_AND_NAME = 3;

    /** An item noun before token k, at most {@link #MAX_BETWEEN_NOUN_AND_NAME} words away: "катера типа", "dragueurs de mines de classe". */
    private static boolean itemNounBefore(List<Token> tokens, int k, String language) {
        for (int j = k - 1; j >= 0 && j >= k - 1 - MAX_BETWEEN_NOUN_AND_NAME; j--) if (NameMatcher.itemNounAt(tokens, j, language)) return true;
        return false;
    }

    /**
     * "системы ПВО Hawk", "ЗРК Hawk", "системы противовоздушной обороны Hawk": in Ukrainian and Russian, an item noun
     * before the name, with at most a purpose modifier and an abbreviation for the kind of system between.
     */
    private static boolean slavicItemNounBefore(List<Token> tokens, int start, String language) {
        if (!language.equals("uk") && !language.equals("ru")) return false;
        for (int k = start - 1; k >= 0 && k >= start - 1 - MAX_BETWEEN_NOUN_AND_NAME; k--) {
            if (NameMatcher.itemNounAt(tokens, k, language) && onlyPurposeBetween(tokens, k + 1, start, language)) return true;
        }
        return false;
    }

    /** Tokens [from, to) are empty, or a purpose modifier, an abbreviation, or the one then the other. */
    private static boolean onlyPurposeBetween(List<Token> tokens, int from, int to, String language) {
        if (from == to) return true;
        int j = from;
        for (Lexicon.Hit modifier : Lexicon.get().hits(tokens, j, language)) {
            if (modifier.cue().category().equals("itemmodifier") && modifier.endToken() <= to) {
                j = modifier.endToken();
                break;
            }
        }
        if (j < to && cyrillicAbbreviation(tokens.get(j))) j++;
        return j == to;
    }

    /** "ПВО", "ППО": two to five Cyrillic capitals. */
    static boolean cyrillicAbbreviation(Token t) {
        String w = t.text();
        if (w.length() < 2 || w.length() > 5) return false;
        for (int i = 0; i < w.length(); i++) if (!Tokenizer.isCyrillic(w.charAt(i)) || !Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }
}
