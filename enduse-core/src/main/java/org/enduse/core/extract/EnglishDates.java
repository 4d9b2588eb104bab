package org.enduse.core.extract;

import java.util.List;

/**
 * "5 June 2023", "April 13, 2022" in a report of another language: page stamps and quoted posts
 * are often written in English. Only a whole date (day, English month name, year) is read, so a
 * word shared with the report's language cannot be taken for a month.
 */
final class EnglishDates {
    private EnglishDates() {}

    /** An English month's name in a report of another language: "April" in a French text. */
    static boolean monthName(Passage p, Token t, Lexicon lexicon) {
        return !p.language().equals("en") && t.isCapitalised() && t.text().length() > 3 && lexicon.word(t.folded(), "en", "month") != null;
    }

    /** The English date starting at token i of a non-English passage, or null. */
    static Mention at(Passage p, int i, Lexicon lexicon) {
        if (p.language().equals("en")) return null;
        List<Token> t = p.tokens();
        if (i + 2 >= t.size() || !p.joined(i + 1)) return null;
        int dayToken, monthToken;
        if (DateFinder.isDay(t.get(i))) {
            dayToken = i; // "5 June 2023"
            monthToken = i + 1;
        } else {
            monthToken = i; // "April 13, 2022"
            dayToken = i + 1;
            if (!DateFinder.isDay(t.get(dayToken))) return null;
        }
        Token month = t.get(monthToken), year = t.get(i + 2);
        Cue cue = monthName(p, month, lexicon) ? lexicon.word(month.folded(), "en", "month") : null;
        if (cue == null || !DateFinder.isYear(year) || !separators(p.between(t.get(i + 1).end(), year.start()))) return null;
        return DateFinder.dayMention(p, t.get(i).start(), year.end(), Integer.parseInt(year.text()), Integer.parseInt(cue.value()),
                DateFinder.dayNumber(t.get(dayToken)));
    }

    /** A space, or a comma and a space, between the day or month and the year. */
    private static boolean separators(String between) {
        return between.equals(" ") || between.equals(", ");
    }
}
