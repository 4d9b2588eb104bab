package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The span of a place's name as the labelling rules want it: an English region word written with a
 * capital after the name is part of it ("Zaporizhzhia Oblast", "Moscow Region"), a lowercase one is
 * not ("the Donetsk region"). English reports copy the official name, adjective and noun, that
 * Russian and Ukrainian write as one place ("Запорізька область").
 */
final class PlaceSpans {
    private static final Set<String> REGION_WORDS = Set.of("Oblast", "Region", "Province", "Raion", "Krai");

    private PlaceSpans() {}

    static List<NameMatcher.Hit> shape(Passage p, List<NameMatcher.Hit> hits) {
        if (!p.language().equals("en")) return hits;
        List<Token> t = p.tokens();
        List<NameMatcher.Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            NameMatcher.Hit hit = hits.get(i);
            int next = hit.endToken();
            if (hit.name().kind() != NameKind.PLACE || next >= t.size() || !p.joined(next) || !REGION_WORDS.contains(t.get(next).text())) continue;
            if (i + 1 < hits.size() && hits.get(i + 1).startToken() == next) continue;
            if (out == null) out = new ArrayList<>(hits);
            out.set(i, new NameMatcher.Hit(hit.startToken(), next + 1, hit.name(), hit.alternatives(), hit.exactForm()));
        }
        return out == null ? hits : out;
    }
}
