package org.enduse.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One-word gazetteer towns in a country the report never names, read as the words and names they
 * look like. The gazetteer has towns named like common words (Most in Czechia, Osny, Dali) and like
 * given names, surnames and words of firms ("Tyler Durden", "Bristol Trust", "Lynn Tracy", "Boijmans
 * Van Beuningen"); a report that means a town abroad names its country, and the countries of the war
 * are always meant. Capitals are known well enough, and a town written in capitals ("JAKARTA
 * (Reuters)") is a place whatever the country. Two readings, in this order:
 * <ul>
 *   <li>a town opening a sentence ("Most of these weapons", "Далее специалисты") is the sentence's
 *   capitalised first word;</li>
 *   <li>a town right beside another capitalised word (one space, no punctuation) is part of that name,
 *   unless that word opens the sentence ("In Bristol") or is a place or country ("Bristol England"),
 *   or a preposition of place (lexicon "loc") stands right before the town: German capitalises the
 *   noun after a town too ("dass in Kassel Panzer gebaut werden").</li>
 * </ul>
 */
final class ForeignOneWordTowns {
    private ForeignOneWordTowns() {}

    static List<Mention> without(String text, List<Mention> mentions, String language) {
        Set<String> named = namedCountries(mentions);
        List<Mention> notOpening = Lists.where(mentions, m -> !(abroad(m, named) && opensSentence(text, m.start())));
        return Lists.where(notOpening, m -> !(abroad(m, named) && !prepositionOfPlaceBefore(text, m.start(), language)
                && (capitalisedWordAfter(text, m.end(), notOpening) || capitalisedWordBefore(text, m.start(), notOpening))));
    }

    /** The countries of the war and those the report names: a town abroad it means is in one of them. */
    private static Set<String> namedCountries(List<Mention> mentions) {
        Set<String> named = new HashSet<>(List.of("UA", "RU"));
        for (Mention m : mentions) if (m.kind() == MentionKind.COUNTRY && m.code() != null) named.add(m.code());
        return named;
    }

    /** A gazetteer town of one word, not written in capitals, in a country the report does not name. */
    private static boolean abroad(Mention m, Set<String> named) {
        return m.kind() == MentionKind.PLACE && m.id() != null && m.id().startsWith(org.enduse.core.geo.GazetteerEntry.PLACE_PREFIX)
                && m.text().indexOf(' ') < 0 && !m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)) && !named.contains(m.country());
    }

    /** Nothing but spaces and quotes between the sentence's end (or the text's start) and position at. */
    static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || NameEnds.OPENING.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '»')) i--;
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
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
        return Character.isUpperCase(text.charAt(first)) && !opensSentence(text, first) && !placeAt(mentions, first);
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
