package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Tyler Durden", "Bristol Trust", "Lynn Tracy", "Boijmans Van Beuningen": far-away towns are named
 * like given names, surnames and words of firms, and a name of several capitalised words reads them.
 * A one-word gazetteer town in a country the report does not name, written right beside another
 * capitalised word (one space, no punctuation), is part of that name and no place. A report that
 * means a town abroad names its country (the rule {@code Extractor} applies to towns opening a
 * sentence); a capitalised word opening the sentence before the town ("In Bristol") is no name, nor is
 * a place or country beside it ("Bristol England"). A preposition of place right before the town (lexicon
 * "loc") keeps it: German capitalises the noun after a town too ("dass in Kassel Panzer gebaut werden").
 */
final class TownsBesideNames {
    private TownsBesideNames() {}

    static List<Mention> without(String text, List<Mention> mentions, Set<String> namedCountries, String language) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inName = Extractor.isOneWordTown(m) && !namedCountries.contains(m.country())
                    && !prepositionOfPlaceBefore(text, m.start(), language)
                    && (capitalisedWordAfter(text, m.end(), mentions) || capitalisedWordBefore(text, m.start(), mentions));
            if (!inName) kept.add(m);
        }
        return kept;
    }

    private static boolean capitalisedWordAfter(String text, int end, List<Mention> mentions) {
        int next = end + 1;
        return next < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(next)) && !placeAt(mentions, next);
    }

    private static boolean prepositionOfPlaceBefore(String text, int start, String language) {
        int first = wordBefore(text, start);
        return first >= 0 && Lexicon.get().word(TextFolding.fold(text.substring(first, start - 1)), language, "loc") != null;
    }

    private static boolean capitalisedWordBefore(String text, int start, List<Mention> mentions) {
        int first = wordBefore(text, start);
        if (first < 0) return false;
        return Character.isUpperCase(text.charAt(first)) && !Extractor.opensSentence(text, first) && !placeAt(mentions, first);
    }

    /** Where the word of letters one space before position start begins, or -1. */
    private static int wordBefore(String text, int start) {
        int last = start - 2;
        if (last < 0 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(last))) return -1;
        int first = last;
        while (first > 0 && Character.isLetter(text.charAt(first - 1))) first--;
        return first;
    }

    private static boolean placeAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if ((m.kind() == MentionKind.PLACE || m.kind() == MentionKind.COUNTRY) && m.start() <= at && at < m.end()) return true;
        }
        return false;
    }
}
