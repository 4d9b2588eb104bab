package org.enduse.core.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enduse.core.common.Chars;
import org.enduse.core.common.DatePrecision;
import org.enduse.core.common.PartialDate;

/**
 * Dates told as a time back from the report: "two years ago", "een jaar geleden", "vor einer
 * Woche", "il y a dix jours", "кілька днів тому", "три месяца назад". Resolved against the
 * publication date to the precision of the period counted (days need a publication day); weeks,
 * and counts the text leaves vague ("a few", "кілька", "over a year"), give a date without a value.
 * The words are kept here rather than in the lexicon, which would look each one up wherever it
 * occurs ("a", "one", "over" among them).
 */
final class AgoDates {
    private enum Period { DAY, WEEK, MONTH, YEAR }

    /** Words after the period: "ago", "geleden", "тому", "назад". */
    private static final Map<String, Set<String>> AFTER = Map.of("en", Set.of("ago"), "nl", Set.of("geleden"),
            "uk", Set.of("тому"), "ru", Set.of("назад", "тому"), "pl", Set.of("temu"));
    /** Languages that put the words before the count: German "vor", French "il y a". */
    private static final Set<String> BEFORE = Set.of("de", "fr");

    private static final Map<String, Map<String, Period>> PERIODS = Map.of(
            "en", periods("day days", "week weeks", "month months", "year years"),
            "nl", periods("dag dagen", "week weken", "maand maanden", "jaar jaren"),
            "fr", periods("jour jours", "semaine semaines", "mois", "an ans annee annees"),
            "de", periods("tag tagen tage", "woche wochen", "monat monaten monate", "jahr jahren jahre"),
            "uk", periods("день дні днів дня", "тиждень тижні тижнів тижня", "місяць місяці місяців місяця", "рік роки років року"),
            "ru", periods("день дня дней", "неделю недели недель", "месяц месяца месяцев", "год года лет"),
            "pl", periods("dzień dni", "tydzień tygodnie tygodni", "miesiąc miesiące miesięcy", "rok lata lat"));

    /** One of the period counted: "a year ago", "een jaar", "einer Woche", "un an". */
    private static final Set<String> ONE = Set.of("a", "an", "one", "een", "einer", "einem", "un", "une");
    /** A count the text leaves open: "a few days", "enkele weken", "quelques jours", "кілька днів", "несколько дней". */
    private static final Set<String> FEW = Set.of("few", "several", "enkele", "paar", "einigen", "wenigen", "quelques", "кілька", "декілька",
            "кількох", "несколько", "пару", "kilka");
    /** "over a year ago", "more than two years ago", "mehr als": the count is a floor, no value. */
    private static final Set<String> OVER = Set.of("over", "more than", "meer dan", "ruim", "mehr als", "plus de", "більше", "понад", "более", "больше");

    private AgoDates() {}

    static void find(Passage p, PartialDate published, List<Mention> out) {
        Map<String, Period> periods = PERIODS.get(p.language());
        if (periods == null) return;
        List<Token> t = p.tokens();
        Lexicon lexicon = Lexicon.get();
        for (int k = 1; k < t.size(); k++) {
            Period period = periods.get(t.get(k).folded());
            if (period == null || !p.joined(k)) continue;
            Count count = countBefore(p, k, lexicon);
            if (count == null) continue;
            int start, end;
            if (k + 1 < t.size() && p.joined(k + 1) && AFTER.getOrDefault(p.language(), Set.of()).contains(t.get(k + 1).folded())) {
                start = count.start;
                end = k + 1;
            } else if (BEFORE.contains(p.language()) && count.start > 0 && p.joined(count.start) && before(p, count.start)) {
                start = p.language().equals("fr") ? count.start - 3 : count.start - 1;
                end = k;
            } else {
                continue;
            }
            int from = t.get(start).start(), to = t.get(end).end();
            if (out.stream().anyMatch(m -> m.overlaps(from, to))) continue;
            PartialDate date = count.value == null || published == null ? null : resolve(period, count.value, published);
            out.add(date == null ? DateFinder.unresolved(p, from, to, 0.6) : DateFinder.mention(p, from, to, date, 0.7));
        }
    }

    /** The count before the period at k: its first token, and its value when the text gives one. */
    private record Count(int start, Integer value) {}

    private static Count countBefore(Passage p, int k, Lexicon lexicon) {
        List<Token> t = p.tokens();
        Token word = t.get(k - 1);
        Count count;
        if (word.isNumeric() && Chars.allDigits(word.text()) && word.text().length() <= 3) {
            count = new Count(k - 1, Integer.parseInt(word.text()));
        } else if (ONE.contains(word.folded())) {
            count = new Count(k - 1, 1);
        } else if (OVER.contains(word.folded())) {
            return new Count(k - 1, null); // "більше року тому", "более года назад": more than one
        } else if (FEW.contains(word.folded())) {
            // "a few days ago": the article belongs to the count.
            int start = k - 2 >= 0 && p.joined(k - 1) && ONE.contains(t.get(k - 2).folded()) ? k - 2 : k - 1;
            count = new Count(start, null);
        } else {
            Cue number = lexicon.word(word.folded(), p.language(), "num");
            if (number == null) return null;
            count = new Count(k - 1, Integer.parseInt(number.value()));
        }
        return over(p, count);
    }

    /** "over a year", "more than two years": the count with its floor word, and no value. */
    private static Count over(Passage p, Count count) {
        List<Token> t = p.tokens();
        int s = count.start;
        if (s >= 1 && p.joined(s) && OVER.contains(t.get(s - 1).folded())) return new Count(s - 1, null);
        if (s >= 2 && p.joined(s) && p.joined(s - 1) && OVER.contains(t.get(s - 2).folded() + " " + t.get(s - 1).folded())) return new Count(s - 2, null);
        return count;
    }

    /** "vor" or "il y a" right before the count's first token. */
    private static boolean before(Passage p, int start) {
        List<Token> t = p.tokens();
        if (p.language().equals("de")) return t.get(start - 1).folded().equals("vor");
        return start >= 3 && p.joined(start - 1) && p.joined(start - 2)
                && (t.get(start - 3).folded() + " " + t.get(start - 2).folded() + " " + t.get(start - 1).folded()).equals("il y a");
    }

    private static PartialDate resolve(Period period, int n, PartialDate published) {
        LocalDate ref = published.latest();
        return switch (period) {
            case DAY -> published.precision() == DatePrecision.DAY ? PartialDate.day(ref.minusDays(n)) : null;
            case WEEK -> null; // no precision of a week to give
            case MONTH -> published.precision() == DatePrecision.YEAR ? null : new PartialDate(ref.minusMonths(n).withDayOfMonth(1), DatePrecision.MONTH);
            case YEAR -> new PartialDate(ref.minusYears(n).withDayOfYear(1), DatePrecision.YEAR);
        };
    }

    private static Map<String, Period> periods(String days, String weeks, String months, String years) {
        Map<String, Period> out = new java.util.HashMap<>();
        for (String w : days.split(" ")) out.put(w, Period.DAY);
        for (String w : weeks.split(" ")) out.put(w, Period.WEEK);
        for (String w : months.split(" ")) out.put(w, Period.MONTH);
        for (String w : years.split(" ")) out.put(w, Period.YEAR);
        return Map.copyOf(out);
    }
}
