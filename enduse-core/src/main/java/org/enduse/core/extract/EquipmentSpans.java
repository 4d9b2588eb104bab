package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The span of an equipment name as the labelling rules want it: the designation without generic
 * nouns ("Leopard 2", not "chars Leopard 2" or "Leopard 2 tanks"; "F-16", not "винищувачі F-16"),
 * and one name where a family name and a variant stand side by side ("HMMWV M1151"). The catalog
 * lists forms with generic nouns so that they are recognised; this trims them off again.
 */
final class EquipmentSpans {
    /** Longer than any equipment name of the catalog, in tokens: how far {@link #longerNameFrom} looks. */
    private static final int LONGEST_NAME_TOKENS = 10;

    private EquipmentSpans() {}

    static List<NameMatcher.Hit> shape(Passage p, List<NameMatcher.Hit> hits, NameMatcher names) {
        List<NameMatcher.Hit> out = new ArrayList<>(hits.size());
        for (NameMatcher.Hit found : hits) {
            NameMatcher.Hit hit = PersonOrSystem.resolve(p, found, names);
            if (hit.name().kind() == NameKind.EQUIPMENT && crossesCurrencySign(p, hit)) continue;
            NameMatcher.Hit previous = out.isEmpty() ? null : out.get(out.size() - 1);
            // A name the previous one grew over when its generic noun was trimmed ("Fighting Falcon").
            if (previous != null && hit.startToken() < previous.endToken()) continue;
            NameMatcher.Hit shaped = hit.name().kind() == NameKind.EQUIPMENT ? withPlural(p, trim(p, hit, names)) : hit;
            NameMatcher.Hit merged = previous == null ? null : familyAndVariant(p, previous, shaped);
            if (merged != null) out.set(out.size() - 1, merged);
            else out.add(shaped);
        }
        return out;
    }

    /**
     * "A$50 million" is Australian dollars, not the A-50: the matcher skips punctuation inside a
     * designation, and a currency sign is never part of one.
     */
    private static boolean crossesCurrencySign(Passage p, NameMatcher.Hit hit) {
        int from = p.tokens().get(hit.startToken()).start(), to = p.tokens().get(hit.endToken() - 1).end();
        for (int i = from; i < to; i++) if (Character.getType(p.text().charAt(i)) == Character.CURRENCY_SYMBOL) return true;
        return false;
    }

    /** Drops generic nouns before and after the designation while a designation is left. */
    private static NameMatcher.Hit trim(Passage p, NameMatcher.Hit hit, NameMatcher names) {
        int start = hit.startToken(), end = hit.endToken();
        Name name = hit.name();
        Lexicon lexicon = Lexicon.get();
        boolean changed = true;
        while (changed && end - start > 1) {
            changed = false;
            int afterNoun = genericBefore(p, start, end, hit, names, lexicon);
            if (afterNoun > start) {
                start = afterNoun;
                NameMatcher.Hit longer = longerNameFrom(p, start, end, names);
                if (longer != null) {
                    end = longer.endToken();
                    name = longer.name();
                }
                changed = true;
                continue;
            }
            int nounStart = genericAfter(p, start, end, hit, names, lexicon);
            if (nounStart < end) {
                end = nounStart;
                changed = true;
            }
        }
        return start == hit.startToken() && end == hit.endToken() ? hit
                : new NameMatcher.Hit(start, end, name, hit.alternatives(), hit.exactForm());
    }

    /**
     * Where the longest equipment name starting at the designation ends: the matcher took the
     * generic noun and the designation as one listed form ("винищувачів F-16"), and without the noun
     * a longer name starts there ("F-16 Fighting Falcon"): that name, in the passage's tokens;
     * null when the equipment name starting there ends at or before {@code end}.
     */
    private static NameMatcher.Hit longerNameFrom(Passage p, int start, int end, NameMatcher names) {
        List<Token> from = p.tokens().subList(start, Math.min(p.tokens().size(), start + LONGEST_NAME_TOKENS));
        List<NameMatcher.Hit> inner = names.find(from, p.language());
        if (inner.isEmpty()) return null;
        NameMatcher.Hit first = inner.get(0);
        if (first.startToken() != 0 || first.name().kind() != NameKind.EQUIPMENT || start + first.endToken() <= end) return null;
        return new NameMatcher.Hit(start, start + first.endToken(), first.name(), first.alternatives(), first.exactForm());
    }

    /** Where the designation starts when generic words open the name ("canons", "fusils d'assaut"), else start. */
    private static int genericBefore(Passage p, int start, int end, NameMatcher.Hit hit, NameMatcher names, Lexicon lexicon) {
        Lexicon.Hit noun = lexicon.at(p, start, "item");
        // A noun of persons is no generic noun of equipment: "Senator APC" is the vehicle, not senators' APC.
        if (noun != null && !noun.cue().value().equals("PERSONS") && noun.endToken() < end && designation(p, noun.endToken(), end)) return noun.endToken();
        if (lowerCase(p, start) && sameEntry(p, start + 1, end, hit, names)) return start + 1;
        return start;
    }

    /** Where generic words closing the name begin ("tanks", "gevechtsvliegtuigen"), else end. */
    private static int genericAfter(Passage p, int start, int end, NameMatcher.Hit hit, NameMatcher names, Lexicon lexicon) {
        if (spelledOut(p, start, end)) return end;
        // "National Advanced Surface to Air Missile system" (batch 40, en): the lower-case noun after a spelled-out
        // name goes, and only it; the item noun "missile system" would take the name's own "Missile" with it.
        if (lowerCase(p, end - 1) && spelledOut(p, start, end - 1) && sameEntry(p, start, end - 1, hit, names)) return end - 1;
        for (int k = start + 1; k < end; k++) {
            Lexicon.Hit noun = lexicon.at(p, k, "item");
            if (noun != null && noun.endToken() == end && designation(p, start, k)) return k;
        }
        if (lowerCase(p, end - 1) && !pluralSuffix(p, end - 1) && sameEntry(p, start, end - 1, hit, names)) return end - 1;
        return end;
    }

    /**
     * "High Mobility Artillery Rocket Systems", "National Advanced Surface-to-Air Missile System": a
     * name spelled out in capitalised words, no designation among them, keeps its nouns; they are
     * the name, not a generic noun after it. Small lower-case words may link them ("Surface to Air").
     */
    private static boolean spelledOut(Passage p, int start, int end) {
        if (end - start < 3) return false;
        String span = p.text().substring(p.tokens().get(start).start(), p.tokens().get(end - 1).end());
        String[] words = span.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            // A small link word between capitalised ones: "Surface to Air" as "Surface-to-Air".
            boolean link = i > 0 && i < words.length - 1 && words[i].length() <= 3 && lowerCaseFrom(words[i], 0);
            if (!link && !spelledOutWord(words[i])) return false;
        }
        return true;
    }

    /**
     * A capitalised word of three letters and more ("Artillery"), or such words joined by hyphens
     * with small lower-case links between them ("Surface-to-Air"). A capital letter alone or a
     * digit makes a designation: "Iris-T-Systeme" is a designation and its noun.
     */
    private static boolean spelledOutWord(String word) {
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean capitalised = part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && lowerCaseFrom(part, 1);
            boolean link = i > 0 && i < parts.length - 1 && !part.isEmpty() && lowerCaseFrom(part, 0);
            if (!capitalised && !link) return false;
        }
        return true;
    }

    private static boolean lowerCaseFrom(String text, int from) {
        for (int i = from; i < text.length(); i++) if (!Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }

    /** Dutch writes the plural of a designation with an apostrophe: "F-16's", "YPR’s" name the type, plural included. */
    private static NameMatcher.Hit withPlural(Passage p, NameMatcher.Hit hit) {
        if (!p.language().equals("nl") || !pluralSuffix(p, hit.endToken())) return hit;
        return new NameMatcher.Hit(hit.startToken(), hit.endToken() + 1, hit.name(), hit.alternatives(), hit.exactForm());
    }

    /** Token k is the "s" of "'s" right after the previous word. */
    private static boolean pluralSuffix(Passage p, int k) {
        if (k <= 0 || k >= p.tokens().size()) return false;
        Token s = p.tokens().get(k);
        int gap = s.start() - p.tokens().get(k - 1).end();
        return s.text().equals("s") && gap == 1 && Tokenizer.isApostrophe(p.text().charAt(s.start() - 1));
    }

    /** A common word ("винищувачі", "canons"); a capitalised one may be part of the name ("International MaxxPro"). */
    private static boolean lowerCase(Passage p, int k) {
        return Character.isLowerCase(p.tokens().get(k).text().charAt(0));
    }

    /** The tokens [start, end) alone name the same entry. */
    static boolean sameEntry(Passage p, int start, int end, NameMatcher.Hit hit, NameMatcher names) {
        if (end <= start) return false;
        List<NameMatcher.Hit> inner = names.find(p.tokens().subList(start, end), p.language());
        return inner.size() == 1 && inner.get(0).startToken() == 0 && inner.get(0).endToken() == end - start
                && inner.get(0).name().id().equals(hit.name().id());
    }

    /** Some word of [start, end) has a letter: "2000" alone is no designation ("Panzerhaubitze 2000"). */
    private static boolean designation(Passage p, int start, int end) {
        for (int k = start; k < end; k++) {
            String text = p.tokens().get(k).text();
            for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) return true;
        }
        return false;
    }

    /**
     * "HMMWV M1151", "Leopard 2A6" written as two names: the family right before a variant whose
     * canonical name contains the family's is one mention of the variant.
     */
    private static NameMatcher.Hit familyAndVariant(Passage p, NameMatcher.Hit family, NameMatcher.Hit variant) {
        if (family.name().kind() != NameKind.EQUIPMENT || variant.name().kind() != NameKind.EQUIPMENT) return null;
        if (family.endToken() != variant.startToken() || !p.joined(variant.startToken())) return null;
        if (family.name().id().equals(variant.name().id()) || !variant.name().canonical().contains(family.name().canonical())) return null;
        return new NameMatcher.Hit(family.startToken(), variant.endToken(), variant.name(), variant.alternatives(), variant.exactForm());
    }
}
