package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The span of a place's name as the labelling rules want it: an English region word written with a
 * capital after the name is part of it ("Zaporizhzhia Oblast", "Moscow Region"), a lowercase one is
 * not ("the Donetsk region"). English reports copy the official name, adjective and noun, that
 * Russian and Ukrainian write as one place ("Запорізька область"). So is a capitalised base after
 * it ("Ramstein Air Base", "Dover Air Force Base"), the base's official name. And a Slavic village's ordinal; a
 * town's name that names a model ("Богдан-2251") is none.
 */
final class PlaceSpans {
    private static final Set<String> REGION_WORDS = Set.of("Oblast", "Region", "Province", "Raion", "Krai");
    /** Capitalised words of an English base's name after its place, as tokens. */
    static final List<List<String>> BASE_WORDS = List.of(List.of("Air", "Force", "Base"), List.of("Air", "Base"), List.of("Airbase"));

    /**
     * Ukrainian and Russian villages of one name are told apart by a capitalised ordinal after it,
     * which is part of the name: "Новоселівка Перша", "Новоселовка Первая", "у Новоселівці Другій".
     */
    private static final Set<String> PART_NUMBERS = Set.of(
            "Перша", "Першої", "Першій", "Першу", "Друга", "Другої", "Другій", "Другу", "Третя", "Третьої", "Третій", "Третю",
            "Перше", "Першого", "Першому", "Друге", "Другого", "Другому",
            "Первая", "Первой", "Первую", "Вторая", "Второй", "Вторую", "Третья", "Третьей", "Третью",
            "Первое", "Первого", "Первом", "Второе", "Второго", "Втором");

    private PlaceSpans() {}

    static List<NameMatcher.Hit> shape(Passage p, List<NameMatcher.Hit> hits) {
        hits = withoutModelNames(p, hits);
        Set<String> following = p.language().equals("en") ? REGION_WORDS : p.ukrainianOrRussian() ? PART_NUMBERS : null;
        if (following == null) return hits;
        List<Token> t = p.tokens();
        List<NameMatcher.Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            NameMatcher.Hit hit = hits.get(i);
            int next = hit.endToken();
            if (hit.name().kind() != NameKind.PLACE || next >= t.size() || !p.joined(next)) continue;
            int words = following.contains(t.get(next).text()) ? 1 : p.language().equals("en") ? baseWords(p, next) : 0;
            if (words == 0) continue;
            if (i + 1 < hits.size() && hits.get(i + 1).startToken() == next) continue;
            if (out == null) out = new ArrayList<>(hits);
            out.set(i, new NameMatcher.Hit(hit.startToken(), next + words, hit.name(), hit.alternatives(), hit.exactForm()));
        }
        return out == null ? hits : out;
    }

    /** How many tokens of a capitalised base name ("Air Force Base") start at token k, joined; 0 if none. */
    static int baseWords(Passage p, int k) {
        List<Token> t = p.tokens();
        for (List<String> words : BASE_WORDS) {
            int n = 0;
            while (n < words.size() && k + n < t.size() && p.joined(k + n) && t.get(k + n).text().equals(words.get(n))) n++;
            if (n == words.size()) return n;
        }
        return 0;
    }

    /**
     * "Богдан-2251", "Урал-4320": a town's name glued by a hyphen to a number names a vehicle or
     * other model, not the place. Such hits are left out.
     */
    private static List<NameMatcher.Hit> withoutModelNames(Passage p, List<NameMatcher.Hit> hits) {
        List<Token> t = p.tokens();
        List<NameMatcher.Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            NameMatcher.Hit hit = hits.get(i);
            int next = hit.endToken();
            boolean model = hit.name().kind() == NameKind.PLACE && next < t.size() && t.get(next).isNumeric() && p.hyphenated(next);
            if (model && out == null) out = new ArrayList<>(hits.subList(0, i));
            if (!model && out != null) out.add(hit);
        }
        return out == null ? hits : out;
    }
}
