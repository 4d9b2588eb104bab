package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A verb of supporting whose means are goods gives them: "Dänemark will die Ukraine mit neuer umfassender Militärhilfe
 * unterstützen", "steunen Oekraïne wel met wapens", "Canada has supported Ukraine with arms", "soutenant l'Ukraine avec
 * des chars Leopard 2", and in Ukrainian and Russian, which name the means in the instrumental with no preposition,
 * "Бундесвер підтримує Україну ще чотирма Panzerhaubitze 2000". The supporter gives, the supported receives, as the
 * labellers of the real batches read it (docs/devset.md, round 53). Support with no goods named ("підтримувати Україну
 * у боротьбі", "soutenir l'Ukraine en analysant", "support Ukraine for as long as it takes") gives nothing. The verb's
 * lexicon value ({@code supportverb}) is its status, as a giving verb's is.
 */
final class SupportWithGoods {
    private static final Categories VERBS = Lexicon.get().categories("supportverb");
    private static final Categories WITH = Lexicon.get().categories("supportwith");
    private static final Categories CLAUSE_OPENERS = Lexicon.get().categories("complementizer", "relpronoun");
    private static final Categories GOODS = Lexicon.get().categories("item", "materiel", "goods", "delivery");
    /** The value of the item rows that count people ("instructors", "Experten"). */
    private static final String PERSONS = "PERSONS";
    /** Tokens between the verb and its object, or the object and the verb or "with": an article ("die Ukraine"), "te". */
    private static final int OBJECT_GAP = 2;
    /** Tokens between the verb and "with": the supported state and a word or two ("die Ukraine erstmals mit", "Oekraïne wel met"). */
    private static final int TO_WITH = 6;
    /** German and Dutch put the verb last: "die Ukraine mit einem Rüstungspaket im Wert von 2,7 Milliarden Euro militärisch unterstützen". */
    private static final int TO_WITH_BEFORE = 14;
    /** Tokens from "with" (or from a Slavic verb) to the goods: "mit einem Rüstungspaket", "with the supply of weapons". */
    private static final int TO_GOODS = 6;

    private SupportWithGoods() {}

    /** Every verb of supporting in the sentence whose clause names goods as its means, as transfer cues. */
    static List<Lexicon.Hit> all(SentenceRoles roles, List<Mention> in, Lexicon lexicon) {
        Passage s = roles.passage();
        if (!s.mayHaveCue(lexicon, VERBS)) return List.of();
        List<Lexicon.Hit> out = new ArrayList<>();
        for (Lexicon.Hit verb : lexicon.all(s, VERBS)) {
            if (supported(roles, in, verb) != null && withGoods(roles, in, verb)) out.add(verb);
        }
        return out;
    }

    /** True for a cue this class read: a verb of supporting. */
    static boolean is(Lexicon.Hit cue) {
        return cue.cue().category().equals("supportverb");
    }

    /**
     * The state supported, which receives: the object right after the verb ("steunen Oekraïne wel met", "підтримує
     * Україну ще чотирма"), or in German and Dutch before the verb or its "with" ("die Ukraine mit ... unterstützen",
     * "Oekraïne te steunen"); null when the object is no state ("eine deutsche Initiative ... unterstützt", "met steun van
     * een ruime Kamermeerderheid", "підтримують військову допомогу Україні"), and a marked receiver elsewhere in the
     * sentence ("as a contribution to the Czech plan") is not the one supported.
     */
    static Mention supported(SentenceRoles roles, List<Mention> in, Lexicon.Hit verb) {
        Passage s = roles.passage();
        int with = withBefore(s, verb);
        // The object is a state by its name, in the accusative: not a receiver marked by "to" or the dative ("steun aan
        // Oekraïne", "підтримують військову допомогу Україні") nor a country adjective ("eine deutsche Initiative mit").
        // The object after the verb is read first: before a German or Dutch verb in second place stands its subject
        // ("Norwegen unterstützt die Ukraine mit").
        List<Mention> states = Lists.where(in, m -> SentenceRoles.isState(m) && !receiver(roles, m) && Character.isUpperCase(m.text().charAt(0)));
        for (Mention m : states) {
            int first = roles.firstToken(m);
            if (first >= verb.endToken() && first - verb.endToken() <= OBJECT_GAP && !withBetween(s, verb.endToken(), first)) return m;
        }
        for (Mention m : states) {
            int last = roles.lastToken(m);
            if (with >= 0 && last < with && with - last <= OBJECT_GAP) return m;
        }
        for (Mention m : states) {
            int last = roles.lastToken(m);
            if (SentenceRoles.verbLast(s) && last < verb.startToken() && verb.startToken() - last <= OBJECT_GAP) return m;
        }
        return null;
    }

    /**
     * A receiver's mark: "to" or the dative. The Slavic ending "-у" is both the dative of a masculine name and the accusative
     * of a feminine one ("Україну", "Украину"), which {@link SentenceRoles#isRecipient} reads as a receiver; the object of
     * supporting is the accusative, so only the feminine dative ("Україні", "Украине") marks a receiver here.
     */
    private static boolean receiver(SentenceRoles roles, Mention m) {
        return switch (roles.passage().language()) {
            case "uk" -> SentenceRoles.endsWithAny(m.text(), "і", "ові", "еві");
            case "ru" -> SentenceRoles.endsWithAny(m.text(), "е");
            default -> roles.isRecipient(m);
        };
    }

    /** True when "with" stands from token k to before token end: a state after it is the goods' maker ("ondersteund met meerdere Duitse IRIS-T"). */
    private static boolean withBetween(Passage s, int k, int end) {
        for (int j = k; j < end; j++) if (s.cueAt(j, Lexicon.get(), WITH) != null) return true;
        return false;
    }

    private static boolean withGoods(SentenceRoles roles, List<Mention> in, Lexicon.Hit verb) {
        Passage s = roles.passage();
        if (s.ukrainianOrRussian()) return goodsFrom(roles, in, verb.endToken(), true);
        for (int k = verb.endToken(); k < Math.min(s.tokens().size(), verb.endToken() + TO_WITH); k++) {
            if (roles.clauseBreak(verb.endToken(), k)) break;
            if (s.cueAt(k, Lexicon.get(), WITH) != null) return goodsFrom(roles, in, k + 1, false);
        }
        int with = withBefore(s, verb);
        return with >= 0 && goodsFrom(roles, in, with + 1, false);
    }

    /**
     * The "with" before a German or Dutch verb at the end of its clause ("die Ukraine mit ... unterstützen"), or -1. The
     * means between may be a list ("mit weiterer Luftverteidigung, Panzern und Munition unterstützen"), so a comma does not
     * end the search; a word opening another clause does.
     */
    private static int withBefore(Passage s, Lexicon.Hit verb) {
        if (!SentenceRoles.verbLast(s)) return -1;
        for (int k = verb.startToken() - 1; k >= Math.max(0, verb.startToken() - TO_WITH_BEFORE); k--) {
            if (s.cueAt(k, Lexicon.get(), CLAUSE_OPENERS) != null) return -1;
            if (s.cueAt(k, Lexicon.get(), WITH) != null) return k;
        }
        return -1;
    }

    /**
     * True when goods (an item, materiel, aid or delivery word, equipment, a count or a sum; no people) begin within reach of token
     * k; in the clause when {@code inClause} (a Slavic verb's means: "підтримати Україну, ми вирішили надати зброю" names
     * none), across commas after "with", which lists the means ("mit weiterer Luftverteidigung, Panzern und Munition").
     */
    private static boolean goodsFrom(SentenceRoles roles, List<Mention> in, int k, boolean inClause) {
        Passage s = roles.passage();
        int end = Math.min(s.tokens().size(), k + TO_GOODS);
        for (int j = k; j < end; j++) {
            if (inClause && roles.clauseBreak(k, j)) return false;
            // People sent are no goods given: "mit Ausbildern und Experten", "with 40 instructors" (review of round 53).
            Lexicon.Hit goods = s.cueAt(j, Lexicon.get(), GOODS);
            if (goods != null && !goods.cue().value().equals(PERSONS)) return true;
            int start = s.tokens().get(j).start();
            for (Mention m : in) {
                if ((m.kind() == MentionKind.EQUIPMENT || m.countsGoods() || m.kind() == MentionKind.MONEY) && m.start() == start) return true;
            }
        }
        return false;
    }
}
