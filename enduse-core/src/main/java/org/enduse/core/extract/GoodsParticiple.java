package org.enduse.core.extract;

import java.util.List;

/**
 * A giving verb written as a participle before the goods it describes: "die aus Deutschland
 * gelieferten Panzer", "переданных Киеву танков", "поставленное оружие". Such a phrase names goods
 * by their past, inside a sentence that tells something else about them (they were destroyed,
 * stolen, checked); it tells a transfer of its own only when it names who gave, and then only the
 * giver written inside the phrase, never the sentence's subject ("Минобороны заявило об уничтожении
 * переданных ВСУ танков": the ministry gave nothing).
 */
final class GoodsParticiple {
    private GoodsParticiple() {}

    /** How far a Slavic participle may stand before its goods: the recipient or agent in between. */
    private static final int SLAVIC_REACH = 3;
    /** How far before a German or Dutch participle its agent may stand ("von Deutschland an Kiew übergebenen"). */
    private static final int AGENT_REACH = 6;

    /**
     * True for a Russian or Ukrainian full participle ("переданных", "поставляемого", "наданої") with
     * goods within a few words after it in the same clause. Full participles decline like adjectives,
     * so their endings tell them from the finite verb ("передала") and the short predicate form ("передані").
     */
    static boolean slavicBeforeGoods(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Passage s = roles.passage();
        if (!s.ukrainianOrRussian()) return false;
        String word = s.tokens().get(cue.endToken() - 1).folded();
        if (!isFullParticiple(word, s.language())) return false;
        int last = Math.min(s.tokens().size() - 1, cue.endToken() - 1 + SLAVIC_REACH);
        for (int j = cue.endToken(); j <= last; j++) {
            if (roles.clauseBreak(cue.endToken(), j)) return false;
            if (s.cueAt(j, Lexicon.get(), "item", "materiel", "goods") != null) return true;
            int start = s.tokens().get(j).start();
            if (in.stream().anyMatch(m -> m.start() == start && (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY))) return true;
        }
        return false;
    }

    private static boolean isFullParticiple(String word, String language) {
        // Past passive in -нн-/-т- (ru) or -н-/-т- (uk) and present passive in -ем-/-им- (ru), with adjective endings.
        return language.equals("ru")
                ? SentenceRoles.endsWithAny(word, "нный", "нного", "нному", "нным", "нном", "нная", "нной", "нную", "нное", "нные", "нных", "нными",
                        "емый", "емого", "емых", "емое", "емые", "емой", "емую", "емым", "емыми")
                : SentenceRoles.endsWithAny(word, "ного", "ному", "них", "ної", "ною", "ними", "ний", "ну");
    }

    /**
     * True when a German or Dutch word ending like a past tense ("lieferte", "leverde") is the
     * participle ("gelieferte", "zugesagten", "toegezegde", "bereitgestellten"): the participle carries
     * "ge", the past tense does not (verbs that begin with "ge", "genehmigte", stay ambiguous and count as participles).
     */
    static boolean germanicPast(String word) {
        return word.contains("ge");
    }

    /**
     * The giver named inside the participle phrase: a country after "von"/"aus"/"door"/"uit" before
     * a German or Dutch participle ("aus Deutschland gelieferten"), or in the Slavic instrumental
     * between the participle and its goods ("переданных Германией танков"); null when none is.
     */
    static Mention agent(SentenceRoles roles, List<Mention> in, Lexicon.Hit cue) {
        Passage s = roles.passage();
        int k = cue.startToken();
        for (Mention m : in) {
            if (m.kind() != MentionKind.COUNTRY) continue;
            int first = roles.firstToken(m), last = roles.lastToken(m);
            if (s.ukrainianOrRussian()) {
                if (first >= cue.endToken() && first < cue.endToken() + SLAVIC_REACH && roles.isInstrumental(m)) return m;
            } else if (last < k && k - last <= AGENT_REACH && !roles.clauseBreak(last + 1, k) && roles.isSource(m)) {
                return m;
            }
        }
        return null;
    }
}
