package org.enduse.core.extract;

import java.util.List;

/**
 * "A number of countries, including Belgium, the Netherlands ... have contributed funds to the initiative", "The three
 * countries together contribute about $43 million", "la Pologne va contribuer à hauteur de 100 millions d'euros": a state
 * contributing money pledges a transfer, as money set aside does (docs/devset.md, settled after round 9). The verb
 * "contribute" gives only so: with money or funds as its object right after it. "Western weapons contributed to Ukraine's
 * success", "Ces livraisons contribuent à la défense de l'Ukraine" give nothing; nor does a contribution asked about ("Did
 * Germany contribute money ...?") or set under a condition ("If Italy contributes funds, ...").
 */
final class ContributedMoney {
    /** Words between the verb and its money: "contribute about $43 million", "contribuer à hauteur de 100 millions". */
    private static final int OBJECT_REACH = 4;
    /** How far before the verb, in its clause, a condition governs it: "If Italy now contributes". */
    private static final int CONDITION_REACH = 6;

    private ContributedMoney() {}

    /**
     * True when funds or money without a sum are the object of a giving verb, right after it in its clause ("contributed
     * funds", "promis de l'argent", "will send funds"): money is given. Funds before the verb ("l'argent envoyé à Kiev
     * disparaît") are what a claim is about, and give nothing here.
     */
    static boolean fundsGiven(Passage s, Lexicon lexicon) {
        List<Lexicon.Hit> verbs = lexicon.all(s, "transfer");
        for (Lexicon.Hit funds : lexicon.all(s, "contribution")) {
            if (!funds.cue().value().equals("funds")) continue;
            int at = s.tokens().get(funds.startToken()).start();
            for (Lexicon.Hit verb : verbs) {
                int gap = funds.startToken() - verb.endToken();
                if (gap >= 0 && gap < OBJECT_REACH && !EventFinder.hasPunctuation(s.between(s.tokens().get(verb.endToken() - 1).end(), at))) return true;
            }
        }
        return false;
    }

    /** True for a contributing verb with no money or funds right after it: "contributed to Ukraine's success" gives no goods. */
    static boolean withoutMoney(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        if (!contributes(s, cue, lexicon)) return false;
        int last = Math.min(s.tokens().size(), cue.endToken() + OBJECT_REACH);
        for (int k = cue.endToken(); k < last && !roles.clauseBreak(cue.endToken(), k); k++) {
            Lexicon.Hit funds = s.cueAt(k, lexicon, "contribution");
            // "contributed funds", "contribute about $43 million", "contribuer à hauteur de 100 millions d'euros".
            if (funds != null && funds.cue().value().equals("funds") || s.tokens().get(k).isNumeric()) return false;
        }
        return true;
    }

    /** True for a contributing verb the sentence asks about or sets under a condition: nothing is contributed yet. */
    static boolean unsure(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        return contributes(s, cue, Lexicon.get()) && (s.asks() || roles.near(cue.startToken(), CONDITION_REACH, 0, "conditional"));
    }

    private static boolean contributes(Passage s, Lexicon.Hit cue, Lexicon lexicon) {
        Lexicon.Hit verb = s.cueAt(cue.startToken(), lexicon, "contribution");
        return verb != null && verb.cue().value().equals("verb");
    }
}
