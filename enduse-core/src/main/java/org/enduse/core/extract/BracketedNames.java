package org.enduse.core.extract;

import static org.enduse.core.extract.OrganisationFinder.ARTICLES;
import static org.enduse.core.extract.OrganisationFinder.CONNECTORS;
import static org.enduse.core.extract.OrganisationFinder.MAX_NAME_WORDS;
import static org.enduse.core.extract.OrganisationFinder.org;
import static org.enduse.core.extract.OrganisationFinder.overlapsOther;
import static org.enduse.core.extract.OrganisationFinder.taken;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.enduse.core.catalog.ActorKind;

/**
 * Organisations named with brackets: a name and its abbreviation in brackets ("State Secretariat for
 * Economic Affairs (SECO)"), an abbreviation and its name in brackets ('BSDI ("Belgian Security and
 * Defense Industry")'), a person's party in brackets ("Georges Dallemagne (Les Engagés)"); and an
 * abbreviation so defined, standing alone later in the document.
 */
final class BracketedNames {
    /** Abbreviations a document has defined ("... (SECO)"), so that later bare ones are organisations too. */
    static final class Abbreviations {
        private final Set<String> defined = new HashSet<>();
    }

    /** "R-KY", "D-NY": the party's initial and the state a US lawmaker sits for, no party's name. */
    private static final Pattern US_PARTY_AND_STATE = Pattern.compile("[RDI]-[A-Z]{2}");

    private BracketedNames() {}

    /** Adds to out the organisations the passage names with brackets, and the abbreviations defined earlier in the document. */
    static void find(Passage p, Map<Integer, NameMatcher.Hit> hitAt, List<Mention> found, List<Mention> out, Abbreviations abbreviations) {
        bracketed(p, hitAt, found, out, abbreviations);
        List<Token> t = p.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (abbreviations.defined.contains(t.get(i).text()) && !taken(found, out, t.get(i))) out.add(org(p, i, i + 1, null));
        }
    }

    /**
     * Between two tokens only "(" and at most one opening quote right after it, spaces around: '(SECO)',
     * '("Belgian ...")'. Read in place: asked between every two tokens, a substring each time cost more.
     */
    private static boolean opensBracket(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= to || text.charAt(i) != '(') return false;
        i++;
        if (i < to && NameEnds.OPENING.indexOf(text.charAt(i)) >= 0) i++;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i == to;
    }

    /**
     * "State Secretariat for Economic Affairs (SECO)": a name and, in brackets, its abbreviation;
     * "Georges Dallemagne (Les Engagés)": a person and, in brackets, the party.
     */
    private static void bracketed(Passage p, Map<Integer, NameMatcher.Hit> hitAt, List<Mention> found, List<Mention> out, Abbreviations abbreviations) {
        List<Token> t = p.tokens();
        for (int k = 1; k < t.size(); k++) {
            if (!opensBracket(p.text(), t.get(k - 1).end(), t.get(k).start())) continue;
            int close = closingBracket(p, k);
            if (close < 0) continue;
            Mention before = endingAt(found, out, t.get(k - 1).end());
            Token inside = t.get(k);
            boolean abbreviation = close == k + 1 && acronym(inside.text());
            if (before != null && before.kind() == MentionKind.PERSON) {
                // The party of a person: "(N-VA)", "(Les Engagés)", "(D66)"; not a US lawmaker's party letter and state ("(R-KY)").
                if (!taken(found, out, inside) && inside.isCapitalised() && Lexicon.get().at(p, k, "bodyname") == null
                        && !US_PARTY_AND_STATE.matcher(p.between(inside.start(), t.get(close - 1).end())).matches()) {
                    out.add(org(p, k, close, ActorKind.POLITICAL_PARTY));
                }
                continue;
            }
            // 'BSDI ("Belgian Security and Defense Industry")': the abbreviation first, the name in brackets.
            Token last = t.get(k - 1);
            if (acronym(last.text()) && close - k >= 2 && !hitAt.containsKey(k - 1) && allCapitalised(p, k, close)) {
                if (!taken(found, out, last)) out.add(org(p, k - 1, k, null));
                out.add(org(p, k, close, null));
                abbreviations.defined.add(last.text());
                continue;
            }
            if (!abbreviation) continue;
            if (before != null && before.kind() == MentionKind.ORGANIZATION) {
                if (!taken(found, out, inside)) out.add(org(p, k, k + 1, before.actorKind()));
                abbreviations.defined.add(inside.text());
                continue;
            }
            int start = nameBefore(p, k - 1, found);
            if (start < 0 || overlapsOther(found, t.get(start).start(), t.get(k - 1).end(), false)) continue;
            out.add(org(p, start, k, null));
            if (!taken(found, out, inside)) out.add(org(p, k, k + 1, null));
            abbreviations.defined.add(inside.text());
        }
    }

    /** The token after the last one inside brackets opened before token k (at most MAX_NAME_WORDS words, maybe quoted), or -1. */
    private static int closingBracket(Passage p, int k) {
        List<Token> t = p.tokens();
        for (int j = k; j < Math.min(k + MAX_NAME_WORDS, t.size()); j++) {
            if (j > k && !p.joined(j)) return -1;
            int after = t.get(j).end();
            if (after < p.end() && NameEnds.CLOSING.indexOf(p.text().charAt(after)) >= 0) after++;
            if (after < p.end() && p.text().charAt(after) == ')') return j + 1;
        }
        return -1;
    }

    /** The first token of a capitalised name ending at token last (lower-case connectors inside), or -1 when it is no name of two words or more. */
    private static int nameBefore(Passage p, int last, List<Mention> found) {
        List<Token> t = p.tokens();
        if (!t.get(last).isCapitalised()) return -1;
        boolean french = p.language().equals("fr");
        int start = last, capitals = 0;
        for (int k = last; k >= 0 && last - k < MAX_NAME_WORDS && (k == last || p.joined(k + 1)); k--) {
            Token token = t.get(k);
            // Another name ("Niels van Woensel van de ...") or an article not after "of" ("de Nederlandse ...") opens it.
            if (overlapsOther(found, token.start(), token.end(), false)) break;
            if (ARTICLES.contains(token.folded()) && !token.isCapitalised() && (k == 0 || !CONNECTORS.contains(t.get(k - 1).folded())
                    || ARTICLES.contains(t.get(k - 1).folded()))) break;
            if (token.isCapitalised() && !ARTICLES.contains(token.folded())) {
                // French capitalises a name's first word only: it starts after an article ("le Fonds international pour l'Ukraine").
                boolean opens = !french || k == 0 || !p.joined(k) || CONNECTORS.contains(t.get(k - 1).folded());
                if (opens) start = k;
                capitals++;
            } else if (!CONNECTORS.contains(token.folded()) && !(french && Character.isLowerCase(token.text().charAt(0)))) {
                break;
            }
        }
        return capitals >= 2 || (capitals == 1 && last > start) ? start : -1;
    }

    /** Tokens [from, to) are capitalised words and connectors, the first and the last capitalised. */
    private static boolean allCapitalised(Passage p, int from, int to) {
        List<Token> t = p.tokens();
        if (!t.get(from).isCapitalised() || !t.get(to - 1).isCapitalised()) return false;
        for (int k = from; k < to; k++) if (!t.get(k).isCapitalised() && !CONNECTORS.contains(t.get(k).folded())) return false;
        return true;
    }

    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 6) return false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (!Character.isDigit(c) && c != '&') return false;
        }
        return upper >= 2;
    }

    private static Mention endingAt(List<Mention> found, List<Mention> out, int end) {
        for (Mention m : found) if (m.end() == end) return m;
        for (Mention m : out) if (m.end() == end) return m;
        return null;
    }
}
