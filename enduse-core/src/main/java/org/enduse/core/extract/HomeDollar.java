package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose dollar an unqualified "$" or "dollars" is. MoneyFinder reads it as the US dollar; a report
 * about Canada written in Canada's French or English ("Le Canada s'engage à verser 39 millions $")
 * means the Canadian dollar. The document's dollar is a state of home-dollars.tsv when the report is
 * written in one of its languages, names it at least twice, and names it more often than the United
 * States and any other dollar state. A report that writes a dollar other than the US one explicitly
 * anywhere ("C$40 million", "dollars canadiens") tells its dollars apart, and its bare ones stay US.
 */
final class HomeDollar {
    private static final String US_DOLLAR = "USD";
    private static final int MIN_NAMINGS = 2;
    /** Letters that make a dollar the US one as written: "US$", "USD", "U.S. dollars", "US-Dollar", "доларів США". */
    private static final Pattern QUALIFIED_US = Pattern.compile("US|U\\.S\\.|(?iu)americ|améric|amerik|сша");
    /** An unqualified dollar as written: "$", "dollar(s)", "Dollar", "долар...", "доллар...", "dolar...". */
    private static final Pattern DOLLAR_WORD = Pattern.compile("\\$|(?iu)dollar|dolar|долар|доллар");
    /** Country code to the home dollar of that state. */
    private static final Map<String, State> STATES = load("/org/enduse/core/extract/home-dollars.tsv");

    private record State(String currency, Set<String> languages) {}

    private HomeDollar() {}

    /**
     * The mentions with every unqualified US-dollar amount read in the document's own dollar, or the
     * same list when the document has none. Called once per document on all its mentions.
     */
    static List<Mention> apply(List<Mention> mentions, String language) {
        String currency = documentDollar(mentions, language);
        if (currency == null) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) out.add(isBareDollar(m) ? m.inCurrency(currency) : m);
        return out;
    }

    /** The currency of the dollar state the document is about, or null when it is the US or none is. */
    static String documentDollar(List<Mention> mentions, String language) {
        Map<String, Integer> namings = new HashMap<>();
        boolean anyBare = false;
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.COUNTRY && m.code() != null) namings.merge(m.code(), 1, Integer::sum);
            else if (m.kind() == MentionKind.MONEY) {
                // A dollar of another state written out: the writer tells dollars apart.
                if (isOtherDollar(m.currency())) return null;
                anyBare |= isBareDollar(m);
            }
        }
        if (!anyBare) return null;
        String best = null;
        int bestCount = 0, runnerUp = namings.getOrDefault("US", 0);
        for (Map.Entry<String, State> e : STATES.entrySet()) {
            int count = namings.getOrDefault(e.getKey(), 0);
            if (count > bestCount) {
                runnerUp = Math.max(runnerUp, bestCount);
                best = e.getKey();
                bestCount = count;
            } else runnerUp = Math.max(runnerUp, count);
        }
        if (best == null || bestCount < MIN_NAMINGS || bestCount <= runnerUp) return null;
        State state = STATES.get(best);
        return state.languages().contains(language) ? state.currency() : null;
    }

    private static boolean isOtherDollar(String currency) {
        for (State s : STATES.values()) if (s.currency().equals(currency)) return true;
        return false;
    }

    /** An amount MoneyFinder read as US dollars from a dollar written without "US" or "American". */
    static boolean isBareDollar(Mention m) {
        return m.kind() == MentionKind.MONEY && US_DOLLAR.equals(m.currency()) && DOLLAR_WORD.matcher(m.text()).find()
                && !QUALIFIED_US.matcher(m.text()).find();
    }

    private static Map<String, State> load(String resource) {
        Map<String, State> states = new HashMap<>();
        TsvResource.forEachRow(resource, "", (number, line) -> {
            String[] cols = line.split("\t");
            states.put(cols[0], new State(cols[1], Set.of(cols[2].split("\\|"))));
        });
        return Map.copyOf(states);
    }
}
