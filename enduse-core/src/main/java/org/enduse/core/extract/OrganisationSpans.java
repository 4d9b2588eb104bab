package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * The span of an organisation's name as the labelling rules want it, from the dictionary's hit:
 * without a leading article ("the Kremlin" gives "Kremlin"; a newspaper keeps its own, "The
 * Washington Post") or a medium's generic noun ("agence Belga", "телеканала «Звезда»"), with the
 * nationality a government body or force is described by ("russischen Verteidigungsministeriums",
 * "українських Повітряних сил", "російське Міноборони") and with a suffix glued by a hyphen
 * ("dpa-AFX", "Інтерфакс-Україна").
 */
final class OrganisationSpans {
    private static final Set<String> ARTICLES = Set.of("the", "de", "het", "la", "le", "les", "l", "die", "der", "das", "den", "dem");

    private OrganisationSpans() {}

    static List<NameMatcher.Hit> shape(Passage p, List<NameMatcher.Hit> hits, NameMatcher names) {
        List<NameMatcher.Hit> out = new ArrayList<>(hits.size());
        for (NameMatcher.Hit hit : hits) {
            if (hit.name().kind() != NameKind.ORGANIZATION) {
                out.add(hit);
                continue;
            }
            NameMatcher.Hit shaped = withSuffix(p, trimmed(p, hit, names));
            NameMatcher.Hit previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && describedBy(p, previous, shaped)) {
                out.set(out.size() - 1, new NameMatcher.Hit(previous.startToken(), shaped.endToken(), shaped.name(), shaped.alternatives(), shaped.exactForm()));
            } else {
                out.add(shaped);
            }
        }
        return out;
    }

    private static NameMatcher.Hit trimmed(Passage p, NameMatcher.Hit hit, NameMatcher names) {
        if (hit.endToken() - hit.startToken() < 2) return hit;
        Token first = p.tokens().get(hit.startToken());
        boolean media = hit.name().actorKind() == ActorKind.MEDIA_OUTLET;
        // A newspaper's or a party's article is its own ("The Washington Post", "Les Engagés", "Die Linke").
        boolean article = ARTICLES.contains(first.folded()) && !media && hit.name().actorKind() != ActorKind.POLITICAL_PARTY
                && p.tokens().get(hit.startToken() + 1).isCapitalised();
        boolean generic = media && Character.isLowerCase(first.text().charAt(0));
        if (article || (generic && EquipmentSpans.sameEntry(p, hit.startToken() + 1, hit.endToken(), hit, names))) {
            return new NameMatcher.Hit(hit.startToken() + 1, hit.endToken(), hit.name(), hit.alternatives(), hit.exactForm());
        }
        return hit;
    }

    /** "dpa-AFX", "Інтерфакс-Україна": an abbreviation or a country glued on by a hyphen is part of the name. */
    private static NameMatcher.Hit withSuffix(Passage p, NameMatcher.Hit hit) {
        int k = hit.endToken();
        List<Token> t = p.tokens();
        if (k >= t.size() || t.get(k).start() != t.get(k - 1).end() + 1 || p.text().charAt(t.get(k).start() - 1) != '-') return hit;
        String w = t.get(k).text();
        boolean capitals = w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0));
        boolean country = hit.name().actorKind() == ActorKind.MEDIA_OUTLET && t.get(k).isCapitalised() && (k + 1 >= t.size() || !p.joined(k + 1));
        return capitals || country ? new NameMatcher.Hit(hit.startToken(), k + 1, hit.name(), hit.alternatives(), hit.exactForm()) : hit;
    }

    /**
     * A country adjective right before a government body, or a lower-case one before a force or body
     * named with capitals: one organisation, the nationality inside its name.
     */
    private static boolean describedBy(Passage p, NameMatcher.Hit adjective, NameMatcher.Hit org) {
        if (adjective.name().kind() != NameKind.COUNTRY || adjective.endToken() != org.startToken() || adjective.endToken() - adjective.startToken() != 1
                || !p.joined(org.startToken())) {
            return false;
        }
        ActorKind kind = org.name().actorKind();
        Token word = p.tokens().get(adjective.startToken());
        boolean lowerCase = Character.isLowerCase(word.text().charAt(0));
        boolean namedWithCapitals = p.tokens().get(org.startToken()).isCapitalised();
        if (kind == ActorKind.GOVERNMENT_BODY) return lowerCase || demonym(word, p.language());
        return kind == ActorKind.ARMED_FORCE && lowerCase && namedWithCapitals;
    }

    /** An English demonym rather than a country's name: "Russian", "Dutch", "British", "Chinese". */
    static boolean demonym(Token t, String language) {
        if (!language.equals("en")) return false;
        String w = t.folded();
        return w.endsWith("an") || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("ese") || w.endsWith("i");
    }
}
