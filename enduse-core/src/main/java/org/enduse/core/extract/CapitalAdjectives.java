package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The adjective of a capital standing for its state: "киевскому режиму", "Kiewer Truppen" (the Kyiv
 * regime, Kyiv's troops). The labelling rules count a capital acting for its government as a
 * country mention ("Kiev's troops"); its adjective does the same, but only before a noun for a
 * regime, government, leadership or forces, since before other nouns it names the city ("Kiewer
 * Bürgermeister"). Adjectives and nouns are data (capital-adjectives.tsv), matched by stem.
 */
final class CapitalAdjectives {
    private static final String RESOURCE = "capital-adjectives.tsv";
    /** State code by language, then by the adjective's stem. */
    private static final Map<String, Map<String, String>> ADJECTIVES = new HashMap<>();
    /** Stems of the nouns after which the adjective is the state, by language. */
    private static final Map<String, Set<String>> NOUNS = new HashMap<>();

    static {
        TsvResource.forEachRow(RESOURCE, "", (row, line) -> {
            String[] f = line.split("\t");
            if (f.length != 4 || !(f[0].equals("adjective") || f[0].equals("noun")))
                throw new IllegalStateException(RESOURCE + " row " + row + ": expected adjective|noun, language, code, forms");
            for (String form : f[3].split("\\|")) {
                List<Token> tokens = Tokenizer.tokenize(form.strip(), f[1]);
                if (tokens.size() != 1) throw new IllegalStateException(RESOURCE + " row " + row + ": \"" + form + "\" is not one word");
                String stem = tokens.get(0).stem();
                if (f[0].equals("adjective")) ADJECTIVES.computeIfAbsent(f[1], k -> new HashMap<>()).put(stem, f[2]);
                else NOUNS.computeIfAbsent(f[1], k -> new HashSet<>()).add(stem);
            }
        });
    }

    private CapitalAdjectives() {}

    /** Country mentions of the capitals' adjectives in the passage that stand for their state. */
    static List<Mention> find(Passage p) {
        Map<String, String> adjectives = ADJECTIVES.get(p.language());
        if (adjectives == null) return List.of();
        Set<String> nouns = NOUNS.getOrDefault(p.language(), Set.of());
        List<Token> tokens = p.tokens();
        List<Mention> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String code = adjectives.get(tokens.get(i).stem());
            if (code == null || !p.joined(i + 1) || !nouns.contains(tokens.get(i + 1).stem())) continue;
            Token t = tokens.get(i);
            if (out == null) out = new ArrayList<>(1);
            out.add(Extractor.stateMention(t.text(), t.start(), t.end(), code, 0.8));
        }
        return out == null ? List.of() : out;
    }
}
