package org.enduse.core.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nouns a number counts that are no goods, persons or measures: states and allies, military units,
 * settlements, deliveries, companies (counted-nouns.tsv). The labelling rules count whatever a
 * number counts, and reports write these counts spelled out ("drie landen", "zwei Bataillone",
 * "двух бригад") and, in Ukrainian and Russian, in genitives without a plural ending ("12 країн",
 * "12 западных стран"), which {@link UnlistedNouns} cannot tell from discourse by form alone. Kept
 * in a file of their own, matched by the token's stem, so every
 * case a numeral governs (nominative and genitive plural, the genitive singular after 2-4) meets
 * its listed form.
 */
final class CountedNouns {
    /** Language to the stems of its counted nouns. */
    private static final Map<String, Set<String>> STEMS = load("/org/enduse/core/extract/counted-nouns.tsv");

    private CountedNouns() {}

    /** True when the token is one of the language's counted nouns. */
    static boolean is(String language, Token t) {
        Set<String> stems = STEMS.get(language);
        return stems != null && stems.contains(t.stem());
    }

    /** "les deux pays", "the two other countries": a counted noun right after the number or one word on; the number counts it. */
    static boolean after(Passage p, NumberSpan number) {
        List<Token> t = p.tokens();
        for (int k = number.endToken(); k < Math.min(t.size(), number.endToken() + 2); k++) {
            if (!p.joined(k)) return false;
            if (is(p.language(), t.get(k))) return true;
        }
        return false;
    }

    /**
     * "30 Nato-Staaten", "27 EU member states", "elf NAVO-landen": an alliance or union named before
     * the counted noun says whose members are counted, glued to it by a hyphen or one lower-case word
     * apart ("member"). The token end of the counted noun, or -1 when no counted noun follows the
     * organisation's name.
     */
    static int membersOf(Passage p, NameMatcher.Hit body) {
        List<Token> t = p.tokens();
        if (body.name().kind() != NameKind.ORGANIZATION) return -1;
        int k = body.endToken();
        if (QuantityTail.hyphenGlued(p, k)) {
            int last = QuantityTail.hyphenCompound(p, k) - 1;
            return is(p.language(), t.get(last)) ? last + 1 : -1;
        }
        for (int j = k; j < Math.min(t.size(), k + 2); j++) {
            if (!p.joined(j)) return -1;
            if (is(p.language(), t.get(j))) return j + 1;
            if (!Character.isLowerCase(t.get(j).text().charAt(0))) return -1;
        }
        return -1;
    }

    /**
     * "27 EU member states", "Elf NAVO-landen", "дві країни НАТО": a count of states, units or places is no
     * count of goods, so never what a transfer gives nor the goods named before its verb ("27 EU countries
     * agreed to send"). Such a count has no item, and one of its words is a counted noun; deliveries ("5
     * leveringen", lexicon category "delivery") are counts of what was given.
     */
    static boolean countsNoGoods(Passage p, Mention q) {
        if (q.kind() != MentionKind.QUANTITY || q.item() != null) return false;
        List<Token> t = p.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() >= q.start() && t.get(k).end() <= q.end() && is(p.language(), t.get(k))) {
                return Lexicon.get().at(p, k, "delivery") == null;
            }
        }
        return false;
    }

    /**
     * "16 стран-участниц", "27 стран-членов", "16 країн-учасниць": a Ukrainian or Russian compound's head
     * comes first, and a counted noun there makes the whole compound counted. The token end of the
     * compound that opens at token k, or -1.
     */
    static int slavicCompound(Passage p, int k) {
        if (!p.ukrainianOrRussian() || !QuantityTail.hyphenGlued(p, k + 1) || !is(p.language(), p.tokens().get(k))) return -1;
        return QuantityTail.hyphenCompound(p, k + 1);
    }

    /**
     * "27 стран-членов Евросоюза", "дві країни НАТО": after a Ukrainian or Russian counted noun, the
     * organisation it belongs to, in the genitive, is counted with it. The token end.
     */
    static int organisationAfter(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.ukrainianOrRussian() || !p.joined(end)) return end;
        NameMatcher.Hit body = hitAt.get(end);
        return body != null && body.name().kind() == NameKind.ORGANIZATION ? body.endToken() : end;
    }

    /**
     * "34 пакети військової допомоги", "два пакета американской военной помощи", "п'ять пакетів американської зброї":
     * after a Ukrainian or Russian counted noun, the aid or arms it is made of, in the genitive and after at most two
     * adjectives, are counted with it (lexicon categories "goods" and "item"). The token end.
     */
    static int goodsOf(Passage p, int end, Lexicon lexicon) {
        if (!p.ukrainianOrRussian() || end == 0 || !is(p.language(), p.tokens().get(end - 1))) return end;
        for (int j = end; j < Math.min(p.tokens().size(), end + 3); j++) {
            if (!p.joined(j)) return end;
            Lexicon.Hit goods = lexicon.at(p, j, GOODS);
            // "військової допомоги": an adjective that meets a noun of persons by its stem ("військових") is no goods.
            if (goods != null && !goods.cue().value().equals("PERSONS")) return goods.endToken();
            String w = p.tokens().get(j).text();
            if (!Character.isLowerCase(w.charAt(0)) || !SentenceRoles.endsWithAny(w, "ої", "ей", "ой")) return end;
        }
        return end;
    }

    private static final Categories GOODS = Lexicon.get().categories("goods", "item");

    /** "of tanks", "van tanks": token k is "of" and an item noun follows it. */
    static boolean ofItems(Passage p, int k, Lexicon lexicon) {
        return k + 1 < p.tokens().size() && p.joined(k) && p.joined(k + 1) && QuantityTail.isOf(p.tokens().get(k).folded())
                && lexicon.at(p, k + 1, "item") != null;
    }

    /**
     * "the two countries", "les deux pays", "между двумя странами": a spelled-out number after a
     * determiner or "between" names again parties the text has named, and counts nothing new. The
     * newer tuning batches (16-19) leave all six such unlabelled where they label the counts that
     * introduce them ("quinze pays"); batches 12-13 labelled five (docs/devset.md, round 18).
     */
    static boolean namedAgain(Passage p, NumberSpan number) {
        int before = number.startToken() - 1;
        if (before < 0) return false;
        Token t = p.tokens().get(before);
        return QuantityFinder.isDeterminer(p, t) || BETWEEN.getOrDefault(p.language(), Set.of()).contains(t.folded());
    }

    private static final Map<String, Set<String>> BETWEEN = Map.of("en", Set.of("between"), "nl", Set.of("tussen"), "fr", Set.of("entre"),
            "de", Set.of("zwischen"), "ru", Set.of("между"), "uk", Set.of("між", "поміж"));

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> stems = new HashMap<>();
        TsvResource.forEachRow(resource, "", (row, line) -> {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(resource + " row " + row + ": expected language, forms");
            for (String form : f[1].split("\\|")) {
                // One word each: a token is asked alone, and a form split in parts would list its parts.
                List<Token> tokens = Tokenizer.tokenize(form.strip(), f[0]);
                if (tokens.size() != 1) throw new IllegalStateException(resource + " row " + row + ": \"" + form + "\" is not one word");
                stems.computeIfAbsent(f[0], k -> new HashSet<>()).add(tokens.get(0).stem());
            }
        });
        return Map.copyOf(stems);
    }
}
