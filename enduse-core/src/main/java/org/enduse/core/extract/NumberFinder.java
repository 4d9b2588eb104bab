package org.enduse.core.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers. Digits: a separator followed by exactly three digits groups thousands ("3,000",
 * "5.000", "2 000"), any other separator is the decimal mark ("3,5", "1.2"), which reads every
 * European convention without asking the language. A multiplier may follow ("90 million",
 * "92 miljoen", "2,5 млрд", "$1.2bn", "36K rounds", "$1b"). Words: number words of the text's language combined the
 * usual way ("two thousand five hundred", "дві тисячі"), and German and Dutch compounds split
 * ("dreitausend", "vierhonderd").
 */
final class NumberFinder {
    /** A calibre right after three digits makes them a second number, not a group: "20 000 155-мм снарядів", "300 120 mm". */
    private static final String NOT_CALIBRE = "(?![-\\s\\u00A0]?(?:mm|мм)(?![\\p{L}]))";
    private static final String NUMBER =
            "(\\d{1,3}(?:([ ,.\\u00A0\\u2009\\u202F'\\u2019])\\d{3}(?![\\d])" + NOT_CALIBRE + ")(?:\\2\\d{3}(?![\\d])" + NOT_CALIBRE + ")*|\\d+)(?:[.,](\\d+))?"
                    + "(?:\\s?(bn|b|B|mn|mln|mld|mrd|m|k|K|млн|млрд|тис|тыс)(?![\\p{L}\\p{N}])\\.?)?(?![\\p{L}\\p{N}])";
    /** Neither half of a clock time ("18:00", "1:07") is a number that counts. */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-/])(?<!\\d:)" + NUMBER + "(?!:\\d)");
    /** The second number of a range ("1-2 billion", "10–15") and one glued to a currency code ("USD1"): without the look-behind. */
    private static final Pattern RANGE_END = Pattern.compile(NUMBER);

    private static final Set<String> SLAVIC = Set.of("uk", "ru", "pl", "bg");
    /** Asked at nearly every token; see {@link Categories}. */
    private static final Categories SCALE = Lexicon.get().categories("scale"), NUMBER_WORDS = Lexicon.get().categories("num", "scale");

    private NumberFinder() {}

    static List<NumberSpan> find(Passage p) {
        String text = p.text();
        List<Token> tokens = p.tokens();
        String language = p.language();
        List<NumberSpan> out = new ArrayList<>();
        Lexicon lexicon = Lexicon.get();
        // The pattern is tried only where a token starts with a digit; transparent bounds let its
        // look-behind see the characters before the token ("F-16" is a designation, not 16).
        Matcher m = DIGITS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int t = 0;
        while (t < tokens.size()) {
            Token token = tokens.get(t);
            if (token.isNumeric() && m.region(token.start(), text.length()).lookingAt()) {
                NumberSpan number = digitsAt(p, t, m, lexicon);
                NumberSpan range = rangeFrom(p, number, lexicon);
                if (range != null) number = range;
                out.add(number);
                t = Math.max(number.endToken(), t + 1);
                continue;
            }
            // "USD1.699 billion": the number inside a currency code's word; MoneyFinder reads the code.
            Matcher glued = GluedCurrencyCode.of(token) == null ? null : RANGE_END.matcher(text).region(token.start() + GluedCurrencyCode.LENGTH, text.length());
            if (glued != null && glued.lookingAt()) {
                NumberSpan number = digitsAt(p, t, glued, lexicon);
                out.add(new NumberSpan(token.start() + GluedCurrencyCode.LENGTH, number.end(), t, number.endToken(), number.value()));
                t = Math.max(number.endToken(), t + 1);
                continue;
            }
            NumberSpan words = token.isNumeric() ? null : words(p, t, lexicon);
            if (words != null) {
                out.add(words);
                t = words.endToken();
            } else {
                t++;
            }
        }
        return out;
    }

    /** The number the matcher found at token t, with a spelled-out multiplier after it ("90 million", "2,5 мільйона"). */
    private static NumberSpan digitsAt(Passage p, int t, Matcher m, Lexicon lexicon) {
        List<Token> tokens = p.tokens();
        BigDecimal value = digits(m);
        int endToken = tokenEndingAt(tokens, t, m.end());
        int end = m.end();
        Lexicon.Hit scale = endToken < tokens.size() && m.group(4) == null ? lexicon.at(p, endToken, SCALE) : null;
        // "USD1.699 billion", "$2.500 million": English writes its decimal mark with a dot, which a multiplier proves.
        if (englishDecimalBeforeMultiplier(p, m, scale)) value = digits(m).divide(BigDecimal.valueOf(1000));
        if (scale != null && Long.parseLong(scale.cue().value()) >= 1000) {
            value = value.multiply(new BigDecimal(scale.cue().value()));
            endToken = scale.endToken();
            end = tokens.get(endToken - 1).end();
        } else if (cardinalCaseEnding(p, end, endToken)) {
            end = tokens.get(endToken).end();
            endToken++;
        }
        return new NumberSpan(tokens.get(t).start(), trimDot(p.text(), end), t, endToken, value.stripTrailingZeros());
    }

    /**
     * "12-ти стран", "сягне 12-ти": Russian and Ukrainian write a figure's case ending after a hyphen; it
     * belongs to the number, so the count reads the noun after it. Only the endings no ordinal or decade
     * takes ("-ти", "-ми", "-тью"; not "-х", as in "1950-х", nor "-й", "-го": {@link NumbersThatCountNothing#cyrillicOrdinal}).
     */
    private static boolean cardinalCaseEnding(Passage p, int end, int next) {
        List<Token> tokens = p.tokens();
        return next < tokens.size() && p.ukrainianOrRussian() && p.textIs(end, tokens.get(next).start(), "-")
                && CARDINAL_ENDINGS.contains(tokens.get(next).text().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> CARDINAL_ENDINGS = Set.of("ти", "ми", "тью", "ью");

    /**
     * "1-2 billion", "10–15": a plain number, a dash and a second number are one amount, from the
     * first to the second's multiplier; its value is the lower bound, scaled by that multiplier.
     * Null when no second number follows.
     */
    private static NumberSpan rangeFrom(Passage p, NumberSpan first, Lexicon lexicon) {
        String text = p.text();
        int k = first.endToken();
        if (k >= p.tokens().size() || first.end() + 1 != p.tokens().get(k).start() || "-\u2013".indexOf(text.charAt(first.end())) < 0) {
            return null;
        }
        // The first number has a multiplier of its own ("2 million-3 million"): two amounts.
        if (p.between(first.start(), first.end()).chars().anyMatch(Character::isLetter)) return null;
        Matcher m = RANGE_END.matcher(text).region(p.tokens().get(k).start(), text.length());
        if (!p.tokens().get(k).isNumeric() || !m.lookingAt()) return null;
        NumberSpan second = digitsAt(p, k, m, lexicon);
        BigDecimal raw = new BigDecimal(m.group(3) == null ? digitsOnly(m.group(1)) : digitsOnly(m.group(1)) + "." + m.group(3));
        if (raw.signum() == 0) return null;
        BigDecimal factor = second.value().divide(raw, MathContext.DECIMAL64);
        return new NumberSpan(first.start(), second.end(), first.startToken(), second.endToken(), first.value().multiply(factor).stripTrailingZeros());
    }

    /** One dot and three digits before a multiplier in English: a decimal mark ("1.699 billion"), not a thousands group. */
    private static boolean englishDecimalBeforeMultiplier(Passage p, MatchResult m, Lexicon.Hit scale) {
        if (!p.language().equals("en") || !".".equals(m.group(2)) || m.group(3) != null || m.group(1).indexOf('.') != m.group(1).lastIndexOf('.')) return false;
        String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        return suffix.equals("bn") || suffix.equals("b") || suffix.equals("m") || suffix.equals("mn") || scale != null && Long.parseLong(scale.cue().value()) >= 1_000_000;
    }

    private static BigDecimal digits(MatchResult m) {
        String whole = digitsOnly(m.group(1));
        BigDecimal value = new BigDecimal(m.group(3) == null ? whole : whole + "." + m.group(3));
        String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        long factor = switch (suffix) {
            case "k", "тис", "тыс" -> 1_000L;
            case "m", "mn", "mln", "млн" -> 1_000_000L;
            case "bn", "b", "mld", "mrd", "млрд" -> 1_000_000_000L;
            default -> 1L;
        };
        return value.multiply(BigDecimal.valueOf(factor));
    }

    /** The integer part without its group separators (the pattern allows only ASCII digits and separators in it). */
    private static String digitsOnly(String grouped) {
        StringBuilder digits = new StringBuilder(grouped.length());
        for (int i = 0; i < grouped.length(); i++) {
            char c = grouped.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
        }
        return digits.toString();
    }

    private static int trimDot(String text, int end) {
        return end > 0 && text.charAt(end - 1) == '.' ? end - 1 : end;
    }

    private static int tokenEndingAt(List<Token> tokens, int from, int charEnd) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).start() < charEnd) k++;
        return k;
    }

    /** A run of number words: units and tens add, "hundred" multiplies, thousand and up close a group. */
    private static NumberSpan words(Passage p, int start, Lexicon lexicon) {
        List<Token> tokens = p.tokens();
        String language = p.language();
        long total = 0, current = 0;
        boolean any = false, half = false, oneAndHalf = false;
        int k = start;
        while (k < tokens.size()) {
            // "fünf, zehn oder 15": punctuation parts two numbers, which never add up.
            if (k > start && !p.joined(k)) break;
            // "een half miljoen", "eine halbe Million": half of the multiplier after it.
            if (any && !half && current == 1 && total == 0 && HALF.contains(tokens.get(k).folded()) && k + 1 < tokens.size()
                    && lexicon.at(p, k + 1, SCALE) != null) {
                half = true;
                k++;
                continue;
            }
            // "a million rounds", "half a million shells": English writes one of a multiplier, or half of it, with "a".
            int article = !any && language.equals("en") ? englishArticleBeforeScale(p, k, lexicon) : 0;
            if (article > 0) {
                half = article == 2;
                current = 1;
                any = true;
                k += article;
                continue;
            }
            // "полмиллиона снарядов", "півмільйона артснарядів", "пів мільйона": Russian and Ukrainian write half of a
            // multiplier with no number before it, mostly glued to it as one word.
            long slavicHalf = !any ? slavicHalf(p, k, lexicon) : 0;
            if (slavicHalf > 0) {
                total = slavicHalf;
                any = true;
                k += SLAVIC_HALF.contains(tokens.get(k).folded()) ? 2 : 1;
                continue;
            }
            // "полторы тысячи", "півтора мільйона", "anderthalb Millionen": one and a half of the multiplier after it.
            if (!any && ONE_AND_A_HALF.contains(tokens.get(k).folded()) && k + 1 < tokens.size() && p.joined(k + 1)
                    && lexicon.at(p, k + 1, SCALE) != null) {
                oneAndHalf = true;
                k++;
                continue;
            }
            // "two dozen", "zwei Dutzend", "два десятка": a dozen (a ten in Slavic) multiplies the number before it.
            Integer dozen = any ? DOZENS.get(tokens.get(k).folded()) : null; // looked up only after a number: asked at every word
            if (dozen != null && current > 0 && current < 100 && total == 0) {
                current *= dozen;
                k++;
                continue;
            }
            Lexicon.Hit hit = lexicon.at(p, k, NUMBER_WORDS);
            // Number words must be written as listed: "Hunderte" (hundreds) only shares a stem with "hundert".
            if (hit != null && hit.endToken() == k + 1 && lexicon.word(tokens.get(k).folded(), language, hit.cue().category()) == null) hit = null;
            long[] compound = hit == null ? compound(tokens.get(k).folded(), language, lexicon) : null;
            if (hit == null && compound == null) {
                // "two hundred and five" is one number; "vijf en zeven" (five and seven) are two; French joins
                // a ten and one by "et" ("vingt et un", "soixante et onze").
                if (any && (total > 0 || current >= 100 || frenchTenAndOne(p, current, k)) && QuantityFinder.isAnd(p, tokens.get(k))
                        && k + 1 < tokens.size() && lexicon.at(p, k + 1, NUMBER_WORDS) != null) {
                    k++;
                    continue;
                }
                break;
            }
            if (compound != null) {
                current += compound[0];
                k++;
            } else {
                long v = Long.parseLong(hit.cue().value());
                if (hit.cue().category().equals("num")) {
                    current += v;
                } else if (v == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += half ? v / 2 : oneAndHalf ? v + v / 2 : Math.max(current, 1) * v;
                    current = 0;
                    half = false;
                    oneAndHalf = false;
                }
                k = hit.endToken();
            }
            any = true;
        }
        if (!any) return null;
        // "Milliarden Euro", "des milliards", "десятки тисяч": a multiplier in the plural with no number before it is a vague amount.
        if (k - start == 1 && VAGUE_PLURALS.contains(tokens.get(start).folded())) return null;
        // "сотни дронов", "тисячі снарядів": hundreds, thousands; only after a word that governs the genitive ("около сотни",
        // "понад тисячі") is the same form one hundred or one thousand.
        if (k - start == 1 && PLURAL_OR_GENITIVE.contains(tokens.get(start).folded())
                && (start == 0 || !p.joined(start) || !GENITIVE_GOVERNORS.contains(tokens.get(start - 1).folded()))) return null;
        long value = total + current;
        // A lone "one"/"a"/"un"/"ein" is an article far more often than a count; Slavic languages have no articles.
        if (value == 1 && k - start == 1 && !SLAVIC.contains(language)) return null;
        return new NumberSpan(tokens.get(start).start(), tokens.get(k - 1).end(), start, k, BigDecimal.valueOf(value));
    }

    /** The words before the multiplier at k ("a hundred", "half a million": "a" is 1 word, "half a" 2) when they stand for one or half of it, else 0. */
    private static int englishArticleBeforeScale(Passage p, int k, Lexicon lexicon) {
        List<Token> tokens = p.tokens();
        int words = tokens.get(k).folded().equals("half") ? 2 : 1;
        if (k + words >= tokens.size() || !tokens.get(k + words - 1).folded().equals("a")) return 0;
        Lexicon.Hit scale = lexicon.at(p, k + words, SCALE);
        return scale != null && p.joined(k + words) ? words : 0;
    }

    private static boolean frenchTenAndOne(Passage p, long current, int and) {
        if (!p.language().equals("fr") || current < 20 || current % 10 != 0 || and + 1 >= p.tokens().size()) return false;
        String next = p.tokens().get(and + 1).folded();
        return next.equals("un") || next.equals("une") || next.equals("onze");
    }

    /** Half after "one" ("een half miljoen", "eine halbe Million", "un demi-million"), as folded. */
    private static final Set<String> HALF = Set.of("half", "halve", "halbe", "halben", "demi");

    /** The Russian and Ukrainian word for half, as folded, alone ("пів мільйона") or glued to the multiplier ("полмиллиона", "півмільйона"). */
    private static final Set<String> SLAVIC_HALF = Set.of("пол", "пів");

    /**
     * Half of the multiplier at token k: "полмиллиона", "півмільйона" (one word) or "пів мільйона" (two), in Russian
     * and Ukrainian only; 0 when none is written there. A multiplier below a thousand ("полсотни") is no count the rules take.
     */
    private static long slavicHalf(Passage p, int k, Lexicon lexicon) {
        if (!p.ukrainianOrRussian()) return 0;
        List<Token> tokens = p.tokens();
        String w = tokens.get(k).folded();
        Cue scale = null;
        for (String half : SLAVIC_HALF) {
            if (w.equals(half) && k + 1 < tokens.size() && p.joined(k + 1)) scale = lexicon.word(tokens.get(k + 1).folded(), p.language(), "scale");
            else if (w.length() > half.length() && w.startsWith(half)) scale = lexicon.word(w.substring(half.length()), p.language(), "scale");
            if (scale != null) break;
        }
        long v = scale == null ? 0 : Long.parseLong(scale.value());
        return v >= 1000 ? v / 2 : 0;
    }

    /** "One and a half" as one word, as folded ("півтора" keeps its letters; only Latin accents fold). */
    private static final Set<String> ONE_AND_A_HALF = Set.of("anderthalb", "anderhalf", "полтора", "полторы", "полутора",
            "півтора", "півтори", "півтору", "poltora");

    /** Words for a dozen after a number, as folded; a Slavic "десяток" counts tens. Alone ("dozens", "десятки тисяч") they stay vague.
     *  The French singular follows "une" ("une douzaine de pays" is 12: labelled so wherever the pool writes it, round 40). */
    private static final Map<String, Integer> DOZENS = Map.ofEntries(Map.entry("dozen", 12), Map.entry("dutzend", 12),
            Map.entry("dozijn", 12), Map.entry("douzaine", 12), Map.entry("douzaines", 12), Map.entry("десятка", 10),
            Map.entry("десятков", 10), Map.entry("десятки", 10), Map.entry("десятків", 10), Map.entry("дюжины", 12), Map.entry("дюжин", 12));

    /** Plural multipliers, which without a number say "many" (the singular "тисячі" of "близько тисячі" is not among them). */
    private static final Set<String> VAGUE_PLURALS = Set.of("millions", "milliards", "millionen", "milliarden", "тисяч",
            "мільйони", "мільйонів", "мільярди", "мільярдів", "тысяч", "миллионы", "миллионов", "миллиарды", "миллиардов", "tysiace", "tysiecy",
            "miliony", "milionow", "miliardy", "miliardow");

    /** Ukrainian and Russian "hundred" and "thousand" whose plural and genitive singular are one form. */
    private static final Set<String> PLURAL_OR_GENITIVE = Set.of("сотни", "сотні", "тысячи", "тисячі");

    /** Words, as folded, after which a number word stands in the genitive: "около", "более", "свыше", "близько", "понад". */
    private static final Set<String> GENITIVE_GOVERNORS = Set.of("около", "более", "менее", "свыше", "порядка", "до",
            "из", "с", "от", "без", "больше", "меньше", "для", "близько", "понад", "більше", "менше", "з", "із", "від", "біля");

    /**
     * German and Dutch write numbers as one word: "dreitausendfünfhundert", "vierhonderd",
     * "fünfundzwanzig", "vijfentwintig". Returns the value, or null when the word is not one.
     */
    static long[] compound(String word, String language, Lexicon lexicon) {
        if (!language.equals("de") && !language.equals("nl")) return null;
        if (word.length() < 6 || !mayEndCompound(word, language, lexicon)) return null;
        Long v = parseCompound(word, language, lexicon, 0);
        return v == null ? null : new long[] {v};
    }

    /**
     * False when the word cannot be a compound number: each one ends in a number word or in its
     * thousand or hundred (the last part {@link #parseCompound} reads is one of these). Asked of every
     * long German or Dutch word that is not a number word, and most end otherwise ("wapens", "leveren"),
     * where the parse cut them at each "en" or "und" and looked the parts up (profiled: 1.1% of extraction).
     */
    private static boolean mayEndCompound(String word, String language, Lexicon lexicon) {
        return word.endsWith(thousand(language)) || word.endsWith(hundred(language)) || lexicon.endsInWord(word, language, "num");
    }

    private static String thousand(String language) {
        return language.equals("de") ? "tausend" : "duizend";
    }

    private static String hundred(String language) {
        return language.equals("de") ? "hundert" : "honderd";
    }

    private static Long parseCompound(String w, String language, Lexicon lexicon, int depth) {
        if (w.isEmpty() || depth > 6) return null;
        String thousand = thousand(language);
        String hundred = hundred(language);
        for (String[] scale : new String[][] {{thousand, "1000"}, {hundred, "100"}}) {
            int at = w.indexOf(scale[0]);
            if (at < 0) continue;
            long factor = Long.parseLong(scale[1]);
            Long before = at == 0 ? Long.valueOf(1) : parseCompound(w.substring(0, at), language, lexicon, depth + 1);
            String rest = w.substring(at + scale[0].length());
            Long after = rest.isEmpty() ? Long.valueOf(0) : parseCompound(rest, language, lexicon, depth + 1);
            return before == null || after == null ? null : before * factor + after;
        }
        Cue whole = lexicon.word(w, language, "num");
        if (whole != null) return Long.parseLong(whole.value());
        String and = language.equals("de") ? "und" : "en";
        int at = w.indexOf(and);
        while (at > 0) {
            // The tens first, and the unit only after them: asked of every long German or Dutch word,
            // and Dutch writes "en" inside most of them ("wapens", "leveren"), where no tens follow.
            Cue tens = lexicon.word(w.substring(at + and.length()), language, "num");
            Cue unit = tens == null ? null : lexicon.word(w.substring(0, at), language, "num");
            if (unit != null) return Long.parseLong(unit.value()) + Long.parseLong(tens.value());
            at = w.indexOf(and, at + 1);
        }
        return null;
    }
}
