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
public final class Lexicon {
    private static final Lexicon DEFAULT = load("/org/enduse/core/extract/lexicon.tsv");
    private final PhraseTrie<Cue> trie = new PhraseTrie<>();
    /** Single folded words by language, for the compound-number splitter. */
    private final Map<String, Map<String, Cue>> words = new HashMap<>();

    /** Tokens [startToken, endToken) are the cue. */
    public record Hit(int startToken, int endToken, Cue cue) {}

    public static Lexicon get() {
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

    /**
     * The longest cue of the text's language (or a language-neutral one) starting at the token,
     * restricted to the given categories; null when none.
     */
    public Hit at(List<Token> tokens, int start, String language, String... categories) {
        for (PhraseTrie.Match<Cue> m : trie.matchesAt(tokens, start)) {
            for (Cue cue : m.values()) {
                if (!cue.language().equals(language) && !cue.language().equals("xx")) continue;
                for (String category : categories) {
                    if (cue.category().equals(category)) return new Hit(m.startToken(), m.endToken(), cue);
                }
            }
        }
        return null;
    }

    /** Every non-overlapping cue of the given categories in the tokens, left to right. */
    public List<Hit> all(List<Token> tokens, String language, String... categories) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Hit hit = at(tokens, i, language, categories);
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
