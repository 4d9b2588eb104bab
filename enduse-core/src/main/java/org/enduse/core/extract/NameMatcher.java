package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds dictionary names in tokenised text: longest match first, left to right, no overlaps.
 * A name written in capitals ("US", "RDK", "FN") must appear in capitals, and a name written with
 * a capital must appear capitalised, so "us" and "turkey" stay ordinary words.
 */
public final class NameMatcher {
    /**
     * A name with its tokens as listed, kept to check case at match time, and its language: a word's
     * match through stems lists many entries whose language is checked one after another, and read
     * through each entry's name, then a string of its own, those reads were the largest part of
     * matching names. Interned here, the few languages are shared strings that stay in cache.
     */
    private record Entry(Name name, List<Token> tokens, boolean exactCase, boolean capitalised, String language) {
        /** True when {@link NameMatcher#caseFits} can accept it at a word that is neither capitalised nor a number. */
        boolean mayStartUncapitalised() {
            if (!exactCase) return !capitalised;
            char first = tokens.get(0).text().charAt(0);
            return !Character.isUpperCase(first) && !Character.isDigit(first);
        }
    }

    /** Tokens [startToken, endToken) name {@code name}; {@code alternatives} other entries shared the words. */
    public record Hit(int startToken, int endToken, Name name, int alternatives, boolean exactForm) {}

    private static final java.util.Set<String> INFLECTING = java.util.Set.of("uk", "ru", "pl", "bg");
    /** Languages that put a genitive s on a name without an apostrophe: "Bidens", "Trumps". */
    private static final java.util.Set<String> GENITIVE_S_LANGUAGES = java.util.Set.of("de", "nl");
    private final PhraseTrie<Entry> trie = new PhraseTrie<>();
    /**
     * The entries that may match at an uncapitalised word, a fifth of them (mostly country adjectives
     * written in lower case: "belgische", "польських"). Most words of running text are uncapitalised,
     * and many begin some capitalised name of the gazetteer ("mark", "den") that case would then
     * reject: looking such words up here skips that work.
     */
    private final PhraseTrie<Entry> uncapitalisedTrie = new PhraseTrie<>();

    private NameMatcher() {}

    public static NameMatcher build(NameSource source) {
        NameMatcher matcher = new NameMatcher();
        source.forEachName(name -> {
            List<Token> tokens = Tokenizer.tokenize(name.surface(), name.language());
            if (tokens.isEmpty()) return;
            String letters = name.surface().replaceAll("[^\\p{L}]", "");
            boolean acronym = letters.length() >= 2 && letters.length() <= 5 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                    && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
            boolean capitalised = Character.isUpperCase(name.surface().codePointAt(0));
            Entry entry = new Entry(name, tokens, acronym, capitalised, name.language().intern());
            matcher.trie.add(tokens, entry);
            if (entry.mayStartUncapitalised()) matcher.uncapitalisedTrie.add(tokens, entry);
        });
        return matcher;
    }

    public int size() {
        return trie.size();
    }

    public List<Hit> find(List<Token> tokens, String language) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Hit hit = best(tokens, i, language);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.endToken();
            }
        }
        return hits;
    }

    private Hit best(List<Token> tokens, int start, String language) {
        Token first = tokens.get(start);
        boolean capitalisedOrNumber = first.isCapitalised() || first.isNumeric(); // once: every candidate entry's case check asks
        PhraseTrie<Entry> candidates = capitalisedOrNumber ? trie : uncapitalisedTrie;
        List<PhraseTrie.Match<Entry>> matches = candidates.matchesAt(tokens, start);
        for (int m = 0; m < matches.size(); m++) { // indexed: asked at every token, iterators add up
            PhraseTrie.Match<Entry> match = matches.get(m);
            Entry chosen = null;
            Entry equipment = null;
            Set<String> ids = null; // the distinct entries that fit, counted only when more than one does
            // A guarded form whose neighbours say a type is named: "de classe Alkmaar" is the ship class, not the town.
            Entry typeNamed = null;
            for (int v = 0; v < match.values().size(); v++) {
                Entry e = match.values().get(v);
                if (!caseFits(e, tokens, match.startToken(), capitalisedOrNumber) || !formFits(e, tokens, match.startToken(), language)) continue;
                if (e.name().guarded()) {
                    if (!GuardedNameContext.namesType(tokens, match.startToken(), match.endToken(), language)) continue;
                    typeNamed = e;
                }
                if (e.name().kind() == NameKind.EQUIPMENT && equipment == null) equipment = e;
                if (chosen == null) {
                    chosen = e;
                    continue;
                }
                if (ids == null) ids = new HashSet<>(List.of(chosen.name().id()));
                ids.add(e.name().id());
                boolean listedSo = listedInCapitals(e, tokens, match.startToken()), chosenListedSo = listedInCapitals(chosen, tokens, match.startToken());
                if (listedSo != chosenListedSo ? listedSo : preferred(e, chosen, language)) chosen = e;
            }
            if (chosen == null) continue;
            if (typeNamed != null) chosen = typeNamed;
            if (chosen.name().kind() == NameKind.PERSON && equipment != null && itemNounAt(tokens, match.endToken(), language)) chosen = equipment;
            return new Hit(match.startToken(), match.endToken(), chosen.name(), ids == null ? 0 : ids.size() - 1,
                    sameForms(chosen.tokens(), tokens, match.startToken()));
        }
        return null;
    }

    /**
     * The equipment entries the whole of the words name, each once, the one {@link #find} chooses first: more than
     * one where entries share a name ("Mamba", Alvis's vehicle and the French army's SAMP/T).
     */
    public List<Name> equipmentNamedBy(List<Token> tokens, String language) {
        List<Name> out = new ArrayList<>(2);
        if (tokens.isEmpty()) return out;
        boolean capitalisedOrNumber = tokens.get(0).isCapitalised() || tokens.get(0).isNumeric();
        List<Hit> chosen = find(tokens, language);
        // What find chooses for the words alone may be a person sharing the name ("Caesar", a call sign): equipment only.
        if (chosen.size() == 1 && chosen.get(0).startToken() == 0 && chosen.get(0).endToken() == tokens.size()
                && chosen.get(0).name().kind() == NameKind.EQUIPMENT) out.add(chosen.get(0).name());
        for (PhraseTrie.Match<Entry> match : trie.matchesAt(tokens, 0)) {
            if (match.endToken() != tokens.size()) continue;
            for (Entry e : match.values()) {
                if (e.name().kind() != NameKind.EQUIPMENT || !caseFits(e, tokens, 0, capitalisedOrNumber) || !formFits(e, tokens, 0, language)) continue;
                if (out.stream().noneMatch(n -> n.id().equals(e.name().id()))) out.add(e.name());
            }
        }
        return out;
    }

    /**
     * "on Caesar howitzers": a name that is both a person's (the call sign "Caesar") and a system's names the system
     * when an item noun follows it (batches 15, 16 and 40, en), whatever the language ranking would prefer.
     */
    static boolean itemNounAt(List<Token> tokens, int k, String language) {
        return k < tokens.size() && Lexicon.get().word(tokens.get(k).folded(), language, "item") != null;
    }

    /**
     * Words in capitals that an entry lists in capitals name that entry before any entry read from them only through
     * folding: "the GAO said" is the audit office the catalog lists as "GAO", not the town Gao, whatever the
     * language ranking would prefer (batch 51, en and ru).
     */
    private static boolean listedInCapitals(Entry e, List<Token> tokens, int start) {
        for (int k = 0; k < e.tokens().size(); k++) {
            Token listed = e.tokens().get(k), word = tokens.get(start + k);
            if (!listed.text().equals(word.text()) || word.isNumeric() || !word.isInCapitals()) return false;
        }
        return true;
    }

    /** When several entries fit: one of the text's language first, then a language-neutral one, then by kind; else the first listed. */
    private static boolean preferred(Entry e, Entry than, String language) {
        int rank = languageRank(e.name(), language), otherRank = languageRank(than.name(), language);
        return rank != otherRank ? rank < otherRank : e.name().kind().ordinal() < than.name().kind().ordinal();
    }

    /** Whether the entry's case fits the words from start; {@code capitalisedOrNumber} tells of the first word. */
    private static boolean caseFits(Entry e, List<Token> tokens, int start, boolean capitalisedOrNumber) {
        if (start + e.tokens().size() > tokens.size()) return false;
        if (e.exactCase()) {
            for (int k = 0; k < e.tokens().size(); k++) {
                if (!sameCase(e.tokens().get(k), tokens.get(start + k))) return false;
            }
            return true;
        }
        return !e.capitalised() || capitalisedOrNumber;
    }

    /**
     * The word is written as listed, or folds to the listed form with capitals in the same places: "ІRIS" typed with
     * a Ukrainian І is the acronym IRIS ({@link ScriptTwins}), "Iris" is not.
     */
    private static boolean sameCase(Token listed, Token word) {
        String a = listed.text(), b = word.text();
        if (a.equals(b)) return true;
        if (a.length() != b.length() || !listed.folded().equals(word.folded())) return false;
        for (int i = 0; i < a.length(); i++) if (Character.isUpperCase(a.charAt(i)) != Character.isUpperCase(b.charAt(i))) return false;
        return true;
    }

    /**
     * A match through stems (not the listed form itself) counts only in the name's own language or
     * for language-neutral names, and not on short words: Polish "Dania" and French "dans" share a
     * stem, and so do "Dana" (a howitzer) and "Dania".
     */
    private static boolean formFits(Entry e, List<Token> tokens, int start, String language) {
        if (sameForms(e.tokens(), tokens, start) || genitiveOfPerson(e, tokens, start, language)) return true;
        if (!e.language().equals(language) && !e.language().equals("xx")) return false;
        // Place names inflect in Slavic texts ("Бахмута", "Bachmutem"); elsewhere "Marks" is not "Mark".
        if (e.name().kind() == NameKind.PLACE && !INFLECTING.contains(language)) return false;
        if (e.tokens().size() == 1) {
            Token t = tokens.get(start);
            // Outside the Slavic languages a three-letter stem is too weak: German "indem" (by
            // doing) and "indisch" (Indian) meet at "ind"; the inflected forms there are listed.
            return t.stem().length() >= 4 || (INFLECTING.contains(language) && t.folded().length() >= 5);
        }
        return true;
    }

    /**
     * "Bidens Entscheidung", "onder Trumps voorganger": German and Dutch put the genitive -s on a person's
     * surname, and the catalog lists most foreign surnames once, under English, where the stem alone would
     * not count. The listed form and an s, nothing else: the labels name the person so (batches 55, 57).
     */
    private static boolean genitiveOfPerson(Entry e, List<Token> tokens, int start, String language) {
        if (e.name().kind() != NameKind.PERSON || !GENITIVE_S_LANGUAGES.contains(language)) return false;
        int last = e.tokens().size() - 1;
        return sameForms(e.tokens().subList(0, last), tokens, start) && tokens.get(start + last).folded().equals(e.tokens().get(last).folded() + "s");
    }

    private static boolean sameForms(List<Token> listed, List<Token> tokens, int start) {
        for (int k = 0; k < listed.size() && start + k < tokens.size(); k++) {
            if (!listed.get(k).folded().equals(tokens.get(start + k).folded())) return false;
        }
        return true;
    }

    private static int languageRank(Name name, String language) {
        if (name.language().equals(language)) return 0;
        return name.language().equals("xx") ? 1 : 2;
    }
}
