package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.enduse.core.common.WordEndings;

/**
 * The extraction lexicon (src/main/resources/org/enduse/core/extract/lexicon.tsv): number words,
 * units, item nouns, currencies, months, weekdays, relative dates, event and attribution cues and
 * person roles, per language. Phrases are matched through the same folded and stemmed token trie
 * as names, so inflected forms meet their listed form.
 */
final class Lexicon {
    /** The hand-written lexicon, then the generated given names (tools/givennames) in its firstname category. */
    private static final Lexicon DEFAULT = load("/org/enduse/core/extract/lexicon.tsv", "/org/enduse/core/extract/given-names.tsv");
    private static final String NEUTRAL = "xx";
    /**
     * Per language, a trie of its cues and the language-neutral ones; every other language gets the
     * neutral ones only. Every token of a text is looked up, and cues of other languages would only
     * be walked to and then dropped.
     */
    private final Map<String, PhraseTrie<Cue>> tries = new HashMap<>();
    private final PhraseTrie<Cue> neutral = new PhraseTrie<>();
    /** A bit per category (the later ones share one), so that a search for some categories skips the tokens that start none at a glance. */
    private final CategoryBits categoryBits = new CategoryBits();
    /** Single folded words by language and category, for the compound-number splitter. */
    private final Map<String, Map<String, Map<String, Cue>>> words = new HashMap<>();
    /** The same words read from their end, by language and category, for {@link #endsInWord}. */
    private final Map<String, Map<String, WordEndings>> wordEndings = new HashMap<>();

    /** Tokens [startToken, endToken) are the cue. */
    record Hit(int startToken, int endToken, Cue cue) {}

    static Lexicon get() {
        return DEFAULT;
    }

    static Lexicon load(String... resources) {
        Lexicon lexicon = new Lexicon();
        List<Phrase> phrases = new ArrayList<>();
        for (String resource : resources) read(resource, lexicon, phrases);
        lexicon.addAll(phrases);
        return lexicon;
    }

    private static void read(String resource, Lexicon lexicon, List<Phrase> phrases) {
        TsvResource.forEachRow(resource, "", (row, line) -> {
            String[] f = line.split("\t");
            if (f.length != 4) throw new IllegalStateException(resource + " row " + row + ": expected language, category, value, forms");
            // Interned: finders name categories by literal, and every search compares them (the
            // category bits' map, Passage.cueAt for each hit): the same instance answers at once.
            String category = f[1].intern();
            long bit = lexicon.categoryBits.bitOf(category);
            if (bit == 0) bit = lexicon.categoryBits.add(category);
            Cue cue = new Cue(f[0], category, f[2], bit);
            for (String form : f[3].split("\\|")) {
                List<Token> tokens = Tokenizer.tokenize(form.strip(), f[0]);
                phrases.add(new Phrase(tokens, cue));
                if (tokens.size() == 1) {
                    lexicon.words.computeIfAbsent(f[0], k -> new HashMap<>()).computeIfAbsent(category, k -> new HashMap<>())
                            .putIfAbsent(tokens.get(0).folded(), cue);
                    lexicon.wordEndings.computeIfAbsent(f[0], k -> new HashMap<>()).computeIfAbsent(category, k -> new WordEndings())
                            .add(tokens.get(0).folded(), 1);
                }
            }
        });
    }

    /** Fills the tries in file order, so each lists the cues of a phrase in the order the file does. */
    private void addAll(List<Phrase> phrases) {
        for (Phrase phrase : phrases) {
            if (!phrase.cue().language().equals(NEUTRAL)) tries.computeIfAbsent(phrase.cue().language(), l -> new PhraseTrie<>());
        }
        for (Phrase phrase : phrases) {
            if (phrase.cue().language().equals(NEUTRAL)) {
                neutral.add(phrase.tokens(), phrase.cue());
                for (PhraseTrie<Cue> trie : tries.values()) trie.add(phrase.tokens(), phrase.cue());
            } else {
                tries.get(phrase.cue().language()).add(phrase.tokens(), phrase.cue());
            }
        }
    }

    private record Phrase(List<Token> tokens, Cue cue) {}

    private static final Hit[] NONE = new Hit[0];

    /** Every cue of the language (or language-neutral) starting at the token, longest first. */
    Hit[] hits(List<Token> tokens, int start, String language) {
        List<PhraseTrie.Match<Cue>> matches = tries.getOrDefault(language, neutral).matchesAt(tokens, start);
        if (matches.isEmpty()) return NONE;
        // Filled in place, without a list copied into the array: asked once per token of every text.
        int count = 0;
        for (int m = 0; m < matches.size(); m++) count += matches.get(m).values().size();
        Hit[] out = new Hit[count];
        int i = 0;
        for (int m = 0; m < matches.size(); m++) {
            PhraseTrie.Match<Cue> match = matches.get(m);
            for (int v = 0; v < match.values().size(); v++) out[i++] = new Hit(match.startToken(), match.endToken(), match.values().get(v));
        }
        return out;
    }

    /** The longest cue of one of the categories starting at token k of the passage, or null. */
    Hit at(Passage p, int k, String... categories) {
        if (k < 0 || k >= p.tokens().size()) return null;
        return p.cueAt(k, this, categories); // which asks for the categories' bits only at a token that starts some cue
    }

    /** {@link #at(Passage, int, String...)} for categories as {@link #categories} gives them. */
    Hit at(Passage p, int k, Categories categories) {
        if (k < 0 || k >= p.tokens().size()) return null;
        return p.cueAt(k, this, categories);
    }

    /**
     * Every non-overlapping cue of the given categories in the passage, left to right; read-only.
     * Finders ask this some 800 times per document and most find nothing: that answer is the shared
     * empty list, whose iterator is shared too, instead of a new list and iterator each time.
     */
    List<Hit> all(Passage p, String... categories) {
        return all(p, bitsOf(categories), categories);
    }

    /** {@link #all(Passage, String...)} for categories as {@link #categories} gives them. */
    List<Hit> all(Passage p, Categories categories) {
        return all(p, categories.bits(), categories.names());
    }

    private List<Hit> all(Passage p, long bits, String[] names) {
        if (!p.mayHaveCue(this, bits)) return Collections.emptyList();
        List<Hit> out = null;
        for (int i = 0, n = p.tokens().size(); i < n; ) {
            Hit hit = p.cueAt(i, this, bits, names, null);
            if (hit == null) {
                i++;
            } else {
                if (out == null) out = new ArrayList<>(2);
                out.add(hit);
                i = hit.endToken();
            }
        }
        return out == null ? Collections.emptyList() : out;
    }

    /** The categories, for a finder to keep (see {@link Categories}); a category the lexicon does not have is never found. */
    Categories categories(String... categories) {
        return new Categories(bitsOf(categories), categories.clone());
    }

    /** The categories' bits (see {@link CategoryBits}); a category the lexicon does not have has none. */
    long bitsOf(String... categories) {
        long bits = 0;
        for (String category : categories) bits |= categoryBits.bitOf(category);
        return bits;
    }

    /** The bits of the hits' categories. */
    long bitsOf(Hit[] hits) {
        long bits = 0;
        for (Hit hit : hits) bits |= hit.cue().categoryBit();
        return bits;
    }

    /** A single folded word of the language in the category, or null. */
    Cue word(String folded, String language, String category) {
        return words(language, category).get(folded);
    }

    /** Whether the language has single words in the category ({@link #word}). */
    boolean hasWords(String language, String category) {
        return !words(language, category).isEmpty();
    }

    /**
     * Whether the folded word ends in one of the category's single words of the language (see
     * {@link #word}), itself included: one walk back from its last character, a quick test before
     * cutting a word into listed words.
     */
    boolean endsInWord(String folded, String language, String category) {
        WordEndings endings = wordEndings.getOrDefault(language, Map.of()).get(category);
        return endings != null && endings.bitsOf(folded) != 0;
    }

    private Map<String, Cue> words(String language, String category) {
        return words.getOrDefault(language, Map.of()).getOrDefault(category, Map.of());
    }

    /**
     * The first word of the category, accepted by {@code accept}, that a German or Dutch compound ends
     * in ("Luftverteidigungssystemen" ends in "systemen"): cut after at least {@code minHead}
     * characters, shortest head first, leaving at least {@code minTail}; null when none.
     */
    Cue compoundTail(String folded, String language, String category, int minHead, int minTail, Predicate<Cue> accept) {
        Map<String, Cue> tails = words(language, category); // once, not per cut
        for (int cut = minHead; cut + minTail <= folded.length(); cut++) {
            Cue cue = tails.get(folded.substring(cut));
            if (cue != null && accept.test(cue)) return cue;
        }
        return null;
    }
}
