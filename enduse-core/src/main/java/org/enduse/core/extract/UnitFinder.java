package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.common.Chars;

/**
 * Military units named by their number: "47th Mechanized Brigade", "33. Mechanisierten Brigade",
 * "22-го мотострелкового полка", "47-ї бригади". An ordinal number (a suffix, a hyphenated Cyrillic
 * ending, or the German ordinal dot), at most three words (four when all are capitalised), then a
 * unit noun of the lexicon; or, in Ukrainian and Russian, a number and a brigade's abbreviation
 * ("28 ОМБр"). The catalog cannot list every numbered unit of every army; the pattern names them all.
 */
final class UnitFinder {
    private static final int MAX_WORDS_BETWEEN = 3;
    private static final java.util.Set<String> LATIN_ORDINALS = java.util.Set.of("st", "nd", "rd", "th", "e", "er", "re", "eme", "ste", "de");

    private UnitFinder() {}

    static List<Mention> find(Passage p) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = p.tokens();
        Lexicon lexicon = Lexicon.get();
        for (int i = 0; i < tokens.size(); i++) {
            if (abbreviatedBrigade(p, i)) {
                out.add(unit(p, tokens.get(i).start(), tokens.get(i + 1).end()));
                i++;
                continue;
            }
            int wordsFrom = ordinalEnd(p, i);
            if (wordsFrom < 0) continue;
            for (int k = wordsFrom; k < Math.min(wordsFrom + MAX_WORDS_BETWEEN + 2, tokens.size()); k++) {
                if (k > wordsFrom && !p.joined(k)) break;
                if (tokens.get(k).isNumeric()) break;
                // An article starts another phrase: "for the 3rd time the brigade moved" names no unit.
                if (OrganisationFinder.ARTICLES.contains(tokens.get(k).folded())) break;
                // A fourth word between only in a name of capitalised words: "15th Separate Guards Motorized Rifle Brigade".
                if (k == wordsFrom + MAX_WORDS_BETWEEN + 1 && !allCapitalised(tokens, wordsFrom, k + 1)) break;
                Lexicon.Hit noun = lexicon.at(p, k, "unitnoun");
                int nounEnd = noun != null ? noun.endToken() : compoundUnit(p, k, lexicon) ? k + 1 : -1;
                if (nounEnd < 0) continue;
                out.add(unit(p, tokens.get(coordinatedStart(p, i)).start(), tokens.get(nounEnd - 1).end()));
                i = nounEnd - 1;
                break;
            }
        }
        return out;
    }

    /** A unit named from character start to end, its own text as its name. */
    private static Mention unit(Passage p, int start, int end) {
        String text = p.between(start, end);
        return new Mention(MentionKind.ORGANIZATION, text, start, end, null, text, null, null, null, null, null, null, null, null, 0.7,
                ActorKind.UNIT);
    }

    private static boolean allCapitalised(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (!tokens.get(k).isCapitalised()) return false;
        return true;
    }

    /**
     * Ukrainian reports write a separate brigade by its number and abbreviation: "28 ОМБр" (окрема
     * механізована бригада), "3 ОШБр", "95 ОДШБр", "ОБрТрО". The abbreviation starts with О (окрема,
     * separate) and holds "Бр".
     */
    private static boolean abbreviatedBrigade(Passage p, int i) {
        List<Token> tokens = p.tokens();
        if (i + 1 >= tokens.size() || !p.ukrainianOrRussian() || !p.joined(i + 1)) return false;
        String number = tokens.get(i).text(), abbreviation = tokens.get(i + 1).text();
        if (number.isEmpty() || number.length() > 3 || !Chars.allDigits(number)) return false;
        return abbreviation.length() >= 4 && abbreviation.length() <= 7 && abbreviation.charAt(0) == 'О' && abbreviation.contains("Бр")
                && Character.isUpperCase(abbreviation.charAt(1));
    }

    /** "21. und 47. mechanisierten Brigade", "21-ї та 47-ї бригад": ordinals joined by "and" before the one at token i. */
    private static int coordinatedStart(Passage p, int i) {
        int and = i - 1;
        if (and < 1 || !QuantityFinder.isConjunction(p, p.tokens().get(and))) return i;
        for (int first = and - 1; first >= Math.max(0, and - 2); first--) {
            if (ordinalEnd(p, first) == and) return first;
        }
        return i;
    }

    /** German and Dutch join the unit noun to its kind: "Luftsturmbrigade", "Garde-Luftlandedivision", "Marinebataillon". */
    private static boolean compoundUnit(Passage p, int k, Lexicon lexicon) {
        if (!p.language().equals("de") && !p.language().equals("nl")) return false;
        return lexicon.compoundTail(p.tokens().get(k).folded(), p.language(), "unitnoun", 3, 5, cue -> true) != null;
    }

    /** The token after an ordinal number starting at token i ("47th", "33.", "22-го"), or -1 when there is none. */
    private static int ordinalEnd(Passage p, int i) {
        List<Token> tokens = p.tokens();
        Token t = tokens.get(i);
        if (!t.isNumeric() || i + 1 >= tokens.size()) return -1;
        String text = t.text();
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) digits++;
        if (digits > 3) return -1;
        if (digits < text.length()) return LATIN_ORDINALS.contains(text.substring(digits).toLowerCase(java.util.Locale.ROOT)) ? i + 1 : -1;
        char after = t.end() < p.text().length() ? p.text().charAt(t.end()) : ' ';
        if (after == '.' && p.language().equals("de") && t.end() + 1 < p.text().length() && p.text().charAt(t.end() + 1) == ' ') return i + 1;
        Token next = tokens.get(i + 1);
        boolean cyrillicEnding = after == '-' && next.start() == t.end() + 1 && next.text().length() <= 3 && Tokenizer.isCyrillic(next.text().charAt(0));
        return cyrillicEnding ? i + 2 : -1;
    }
}
