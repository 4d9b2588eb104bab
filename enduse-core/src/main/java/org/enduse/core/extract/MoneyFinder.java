package org.enduse.core.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Money: a number with a currency before it ("EUR 90 million", "€90m", "$1.2 billion", "USD1 billion") or after
 * it ("92 miljoen euro", "90 millions d'euros", "90 млн євро").
 */
final class MoneyFinder {
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "₴", "UAH", "₽", "RUB");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** Prepositions that may follow an amount ("for", "to"): never "of", which leads to what a number counts. */
    private static final Map<String, Set<String>> PREPOSITIONS = Map.of("en", Set.of("for", "to", "in", "from", "on"),
            "fr", Set.of("pour", "a", "en", "sur"), "nl", Set.of("voor", "aan", "naar", "in"),
            "de", Set.of("fur", "an", "in", "zur", "zum"), "uk", Set.of("на", "для", "у", "в"),
            "ru", Set.of("на", "для", "в"), "pl", Set.of("na", "dla", "w"));

    private MoneyFinder() {}

    static Mention at(Passage p, NumberSpan n) {
        Lexicon lexicon = Lexicon.get();
        int start = n.start(), end = n.end();
        String currency = null;
        // A symbol right before the number, allowing one space and a country's letters before "$": "€ 90", "US$1.2bn", "A$110 million".
        int s = n.start() - 1;
        if (s >= 0 && p.text().charAt(s) == ' ') s--;
        if (s >= 0 && SYMBOLS.containsKey(String.valueOf(p.text().charAt(s)))) {
            currency = SYMBOLS.get(String.valueOf(p.text().charAt(s)));
            start = s;
            DollarPrefix prefix = p.text().charAt(s) == '$' ? DollarPrefix.before(p.text(), s) : null;
            if (prefix != null) {
                currency = prefix.currency();
                start = prefix.start();
            }
        }
        // "USD1 billion": the code glued to the number, inside the number's first token.
        Token first = p.tokens().get(n.startToken());
        String glued = currency == null && first.start() < n.start() ? GluedCurrencyCode.of(first) : null;
        if (glued != null) {
            currency = glued;
            start = first.start();
        }
        if (currency == null && n.startToken() > 0) {
            int code = n.startToken() - 1;
            Lexicon.Hit before = lexicon.at(p, code, "currency");
            if (before != null && before.endToken() == n.startToken() && p.joined(n.startToken()) && !usWithoutDollar(p, before)) {
                currency = before.cue().value();
                start = p.tokens().get(code).start();
            }
        }
        if (currency == null) {
            int k = n.endToken();
            boolean follows = p.joined(k) || afterAbbreviation(p, n);
            if (k < p.tokens().size() && follows && (p.tokens().get(k).folded().equals("d") || p.tokens().get(k).folded().equals("de")
                    || p.tokens().get(k).folded().equals("of"))) {
                k++;
                follows = p.joined(k);
            }
            Lexicon.Hit after = k < p.tokens().size() && follows ? lexicon.at(p, k, "currency") : null;
            if (after != null && usWithoutDollar(p, after)) after = null;
            if (after != null) {
                currency = after.cue().value();
                end = p.tokens().get(after.endToken() - 1).end();
            } else {
                // "100 millions d’€": the symbol after the apostrophe of "d'".
                int e = k > n.endToken() ? p.tokens().get(k - 1).end() : n.end();
                if (k > n.endToken() && e < p.text().length() && Tokenizer.isApostrophe(p.text().charAt(e))) e++;
                if (e < p.text().length() && p.text().charAt(e) == ' ') e++;
                if (e < p.text().length() && SYMBOLS.containsKey(String.valueOf(p.text().charAt(e)))) {
                    currency = SYMBOLS.get(String.valueOf(p.text().charAt(e)));
                    end = e + 1;
                    DollarSuffix suffix = p.text().charAt(e) == '$' ? DollarSuffix.after(p.text(), end) : null;
                    if (suffix != null) {
                        currency = suffix.currency();
                        end = suffix.end();
                    }
                }
            }
        }
        if (currency == null) return null;
        return new Mention(MentionKind.MONEY, p.between(start, end), start, end, null, null, null, null, n.value(), null,
                currency, null, null, null, 0.9);
    }

    /**
     * "233 millions d'euros ..., contre 25 milliards pour les Etats-Unis": millions or more with no
     * currency and nothing counted after them are an amount in the currency of the amount the
     * sentence named before them. Null when the number has no multiplier, no amount came before in
     * the sentence, or a word other than a preposition follows (what it counts). Only within the
     * sentence: the real-report labels take a later sentence's "150 miljoen" as often as not.
     */
    static Mention inCurrencyNamedBefore(Passage p, NumberSpan n, List<Mention> passageMentions) {
        if (n.value().compareTo(MILLION) < 0) return null;
        String written = p.between(n.start(), n.end());
        if (written.chars().noneMatch(Character::isLetter)) return null; // "3000000" is no amount spoken of in millions
        int k = n.endToken();
        boolean endsHere = k >= p.tokens().size() || !p.joined(k);
        if (!endsHere && !PREPOSITIONS.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(k).folded())) return null;
        // Last, as it reads the passage back to the amount before: the checks above turn most numbers away first.
        String currency = currencyBefore(p, passageMentions, n.start());
        if (currency == null) return null;
        return new Mention(MentionKind.MONEY, written, n.start(), n.end(), null, null, null, null, n.value(), null, currency, null, null, null, 0.6);
    }

    /** The currency of the last amount before position at in the same sentence, or null. */
    private static String currencyBefore(Passage p, List<Mention> passageMentions, int at) {
        Mention last = null;
        for (Mention m : passageMentions) if (m.kind() == MentionKind.MONEY && m.end() <= at && (last == null || m.end() > last.end())) last = m;
        if (last == null) return null;
        String between = p.between(last.end(), at);
        for (int i = 0; i + 1 < between.length(); i++) {
            if (".!?".indexOf(between.charAt(i)) >= 0 && Character.isWhitespace(between.charAt(i + 1))) return null; // a sentence ends between
        }
        return last.currency();
    }

    /**
     * "two US-made M113", "00.58 US pledges": the lexicon's "US$" is read as the token "US", which names no
     * currency without the "$" glued to it (batches 29 and 32: two extras, and the count of carriers lost).
     */
    private static boolean usWithoutDollar(Passage p, Lexicon.Hit currency) {
        Token t = p.tokens().get(currency.endToken() - 1);
        boolean alone = currency.endToken() - 1 == currency.startToken(); // "US-Dollar", "US dollars" name their dollar
        return alone && t.folded().equals("us") && (t.end() >= p.text().length() || p.text().charAt(t.end()) != '$');
    }

    /** "2,5 Mrd. US-Dollar", "1,2 mld. euro": the dot of an abbreviated multiplier stands between the number and its currency. */
    private static boolean afterAbbreviation(Passage p, NumberSpan n) {
        int k = n.endToken();
        if (k >= p.tokens().size() || n.end() >= p.text().length() || p.text().charAt(n.end()) != '.') return false;
        char last = p.text().charAt(n.end() - 1);
        if (!Character.isLetter(last)) return false;
        for (int i = n.end() + 1; i < p.tokens().get(k).start(); i++) if (!Character.isWhitespace(p.text().charAt(i))) return false;
        return true;
    }
}
