package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persons named with a role: "Belgian Prime Minister Alexander De Croo", "premier Alexander De
 * Croo", "міністр оборони Олексій Резніков", and "Mark Cancian, a senior adviser". The role comes
 * from the lexicon, the country from a country adjective just before it, the name from the
 * capitalised words that follow (or precede, before a comma). Later mentions of the surname alone
 * ("Reznikov confirmed") are the same person.
 */
final class PersonFinder {
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "ter", "ten", "bin", "al");
    private static final int MAX_NAME_TOKENS = 4;

    /** A person found so far in the document, for surname matching. */
    record Known(String name, String role, String country, List<String> surname) {}

    private PersonFinder() {}

    static List<Mention> find(Passage p, Map<Integer, NameMatcher.Hit> namesAt, List<Known> known) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = p.tokens();
        for (Lexicon.Hit role : Lexicon.get().all(t, p.language(), "role")) {
            String country = countryBefore(p, role.startToken(), namesAt);
            int nameStart = role.endToken();
            // "minister obrony Ukrainy Ołeksij Reznikow": the role's country may stand between.
            NameMatcher.Hit of = namesAt.get(nameStart);
            if (of != null && of.name().kind() == NameKind.COUNTRY && p.joined(nameStart)) {
                if (country == null) country = of.name().country();
                nameStart = of.endToken();
            }
            int nameEnd = nameRun(p, nameStart, namesAt);
            if (nameEnd - nameStart >= 1 && p.joined(nameStart)) {
                out.add(person(p, nameStart, nameEnd, role.cue().value(), country, known, 0.85));
                continue;
            }
            // "Mark Cancian, a senior adviser at ...": the name stands before a comma.
            int before = appositiveStart(p, role.startToken());
            if (before >= 0) {
                int commaToken = before;
                int start = commaToken;
                while (start > 0 && commaToken - start < MAX_NAME_TOKENS && t.get(start - 1).isCapitalised() && p.joined(start)
                        && !namesAt.containsKey(start - 1)) {
                    start--;
                }
                if (commaToken - start >= 1) out.add(person(p, start, commaToken + 1, role.cue().value(), country, known, 0.75));
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isCapitalised() || covered(out, t.get(i).start())) continue;
            for (Known k : known) {
                int n = k.surname().size();
                if (i + n > t.size()) continue;
                boolean same = true;
                for (int j = 0; j < n && same; j++) same = t.get(i + j).text().equals(k.surname().get(j));
                if (same) {
                    int end = t.get(i + n - 1).end();
                    out.add(new Mention(MentionKind.PERSON, p.between(t.get(i).start(), end), t.get(i).start(), end, null, k.name(),
                            null, k.country(), null, null, null, null, null, k.role(), 0.7));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static Mention person(Passage p, int start, int end, String role, String country, List<Known> known, double confidence) {
        List<Token> t = p.tokens();
        String name = p.span(start, end);
        // The surname is everything after the first given name, particles included ("De Croo").
        List<String> surname = new ArrayList<>();
        for (int k = end - start > 1 ? start + 1 : start; k < end; k++) surname.add(t.get(k).text());
        Known previous = known.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
        if (previous == null) {
            known.add(new Known(name, role, country, surname));
        } else if (country == null) {
            country = previous.country();
        }
        return new Mention(MentionKind.PERSON, name, t.get(start).start(), t.get(end - 1).end(), null, name, null, country,
                null, null, null, null, null, role, confidence);
    }

    /** The end (exclusive) of a run of capitalised words starting at k, particles allowed inside. */
    private static int nameRun(Passage p, int k, Map<Integer, NameMatcher.Hit> namesAt) {
        List<Token> t = p.tokens();
        int end = k;
        while (end < t.size() && end - k < MAX_NAME_TOKENS && (end == k || p.joined(end))) {
            Token token = t.get(end);
            NameMatcher.Hit name = namesAt.get(end);
            if (name != null && name.name().kind() != NameKind.PERSON) break;
            boolean particle = end > k && PARTICLES.contains(token.folded()) && end + 1 < t.size() && t.get(end + 1).isCapitalised();
            if (!(token.isCapitalised() && Character.isLetter(token.text().charAt(0))) && !particle) break;
            // The role's own lexicon words ("Minister") are not part of a name.
            if (Lexicon.get().at(t, end, p.language(), "role") != null) break;
            end++;
        }
        return end;
    }

    /** The token index of the last name word when "NAME, a|the ROLE" precedes the role, else -1. */
    private static int appositiveStart(Passage p, int roleToken) {
        List<Token> t = p.tokens();
        for (int back = 1; back <= 3 && roleToken - back >= 0; back++) {
            int k = roleToken - back;
            String gap = p.between(t.get(k).end(), t.get(k + 1).start());
            if (gap.contains(",")) return t.get(k).isCapitalised() ? k : -1;
        }
        return -1;
    }

    private static String countryBefore(Passage p, int roleToken, Map<Integer, NameMatcher.Hit> namesAt) {
        for (int back = 1; back <= 2 && roleToken - back >= 0; back++) {
            for (NameMatcher.Hit hit : namesAt.values()) {
                if (hit.endToken() == roleToken - back + 1 && hit.name().kind() == NameKind.COUNTRY) return hit.name().country();
            }
        }
        return null;
    }

    private static boolean covered(List<Mention> found, int at) {
        for (Mention m : found) if (at >= m.start() && at < m.end()) return true;
        return false;
    }
}
