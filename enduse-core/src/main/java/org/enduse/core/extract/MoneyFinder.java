package org.enduse.core.extract;

import java.util.Map;

/**
 * Money: a number with a currency before it ("EUR 90 million", "€90m", "$1.2 billion") or after
 * it ("92 miljoen euro", "90 millions d'euros", "90 млн євро").
 */
final class MoneyFinder {
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "₴", "UAH", "₽", "RUB");

    private MoneyFinder() {}

    static Mention at(Passage p, NumberSpan n) {
        Lexicon lexicon = Lexicon.get();
        int start = n.start(), end = n.end();
        String currency = null;
        // A symbol right before the number, allowing "US$" and one space: "€ 90", "US$1.2bn".
        int s = n.start() - 1;
        if (s >= 0 && p.text().charAt(s) == ' ') s--;
        if (s >= 0 && SYMBOLS.containsKey(String.valueOf(p.text().charAt(s)))) {
            currency = SYMBOLS.get(String.valueOf(p.text().charAt(s)));
            start = s;
            if (s >= 2 && p.text().startsWith("US", s - 2)) start = s - 2;
        }
        if (currency == null && n.startToken() > 0) {
            int code = n.startToken() - 1;
            Lexicon.Hit before = lexicon.at(p, code, "currency");
            if (before != null && before.endToken() == n.startToken() && p.joined(n.startToken())) {
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
            if (after != null) {
                currency = after.cue().value();
                end = p.tokens().get(after.endToken() - 1).end();
            } else {
                int e = n.end();
                if (e < p.text().length() && p.text().charAt(e) == ' ') e++;
                if (e < p.text().length() && SYMBOLS.containsKey(String.valueOf(p.text().charAt(e)))) {
                    currency = SYMBOLS.get(String.valueOf(p.text().charAt(e)));
                    end = e + 1;
                }
            }
        }
        if (currency == null) return null;
        return new Mention(MentionKind.MONEY, p.between(start, end), start, end, null, null, null, null, n.value(), null,
                currency, null, null, null, 0.9);
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
