package org.enduse.core.extract;

import java.util.List;

/**
 * "six Caesar self-propelled howitzers": a name that is both a person's (the call sign "Caesar") and a system's names the
 * system when an item noun follows one hyphenated modifier (batch 45, en-06, four labels read as the call sign). The
 * matcher already prefers the system when the noun follows the name at once ({@link NameMatcher}); whether two words are
 * joined by a hyphen or a space it cannot tell from tokens alone, so this is asked of the passage.
 */
final class HyphenatedModifier {
    private HyphenatedModifier() {}

    /** The hit as the system its words also name, when they name a person before "modifier-modifier noun"; else the hit. */
    static NameMatcher.Hit asSystem(Passage p, NameMatcher.Hit hit, NameMatcher names) {
        if (hit.name().kind() != NameKind.PERSON) return hit;
        List<Token> tokens = p.tokens();
        int k = hit.endToken();
        if (k + 2 >= tokens.size() || tokens.get(k).isCapitalised() || !p.hyphenated(k + 1) || Lexicon.get().at(p, k + 2, "item") == null) {
            return hit;
        }
        List<Name> systems = names.equipmentNamedBy(tokens.subList(hit.startToken(), k), p.language());
        return systems.isEmpty() ? hit : new NameMatcher.Hit(hit.startToken(), k, systems.getFirst(), hit.alternatives(), hit.exactForm());
    }
}
