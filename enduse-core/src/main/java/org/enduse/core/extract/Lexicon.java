package org.enduse.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction lexicon (src/main/resources/org/enduse/core/extract/lexicon.tsv): number words,
 * units, item nouns, currencies, months, weekdays, relative dates, event and attribution cues and
 * person roles, per language. Phrases are matched through the same folded and stemmed token trie
 * as names, so inflected forms meet their listed form.
 */
final class Lexicon {
    private static final Lexicon DEFAULT = load("/org/enduse/core/extract/lexicon.tsv");
    private final PhraseTrie<Cue> trie = new PhraseTrie<>();
    /** Single folded words by language, for the compound-number splitter. */
    private final Map<String, Map<String, Cue>> words = new HashMap<>();

    /** Tokens [startToken, endToken) are the cue. */
    record Hit(int startToken, int endToken, Cue cue) {}

    static Lexicon get() {
        return DEFAULT;
    }

    static Lexicon load(String resource) {
        Lexicon lexicon = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int row = 0;
            while ((line = reader.readLine()) != null) {
                row++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 4) throw new IllegalStateException(resource + " row " + row + ": expected language, category, value, forms");
                Cue cue = new Cue(f[0], f[1], f[2]);
                for (String form : f[3].split("\\|")) {
                    List<Token> tokens = Tokenizer.tokenize(form.strip(), f[0]);
                    lexicon.trie.add(tokens, cue);
                    if (tokens.size() == 1) lexicon.words.computeIfAbsent(f[0], k -> new HashMap<>()).putIfAbsent(f[1] + ":" + tokens.get(0).folded(), cue);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private static final Hit[] NONE = new Hit[0];

    /** Every cue of the language (or language-neutral) starting at the token, longest first. */
    Hit[] hits(List<Token> tokens, int start, String language) {
        List<PhraseTrie.Match<Cue>> matches = trie.matchesAt(tokens, start);
        if (matches.isEmpty()) return NONE;
        List<Hit> out = new ArrayList<>(2);
        for (PhraseTrie.Match<Cue> m : matches) {
            for (Cue cue : m.values()) {
                if (cue.language().equals(language) || cue.language().equals("xx")) out.add(new Hit(m.startToken(), m.endToken(), cue));
            }
        }
        return out.toArray(NONE);
    }

    /** The longest cue of one of the categories starting at token k of the passage, or null. */
    Hit at(Passage p, int k, String... categories) {
        if (k < 0 || k >= p.tokens().size()) return null;
        return p.cueAt(k, this, categories);
    }

    /** Every non-overlapping cue of the given categories in the passage, left to right. */
    List<Hit> all(Passage p, String... categories) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < p.tokens().size(); ) {
            Hit hit = at(p, i, categories);
            if (hit == null) {
                i++;
            } else {
                out.add(hit);
                i = hit.endToken();
            }
        }
        return out;
    }

    /** A single folded word of the language in the category, or null. */
    Cue word(String folded, String language, String category) {
        return words.getOrDefault(language, Map.of()).get(category + ":" + folded);
    }
}
