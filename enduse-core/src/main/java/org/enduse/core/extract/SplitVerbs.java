package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Dutch and German verbs whose particle closes the clause: a stance ("weist die Vorwürfe entschieden zurück", "lehnte
 * den Antrag ab"), an inquiry ("geht einem Bericht nach") or a giving ("Nederland stelt 18 F-16's beschikbaar",
 * "Nederland trekt 250 miljoen euro uit voor Oekraïne", "Nun sagten Dänemark und die Niederlande die Maschinen zu").
 * The stem and the particle share a value in the lexicon ("splitverb", "splitparticle"): the stance, the inquiry's
 * kind, or the giving's status. Each hit is the verb's, carrying that value.
 */
final class SplitVerbs {
    private static final Categories STEMS = Lexicon.get().categories("splitverb");

    private SplitVerbs() {}

    /** Every verb of the sentence whose particle of the same value closes its clause, in order. */
    static List<Lexicon.Hit> all(SentenceRoles roles, Lexicon lexicon) {
        Passage s = roles.passage();
        if (!s.mayHaveCue(lexicon, STEMS)) return List.of();
        List<Lexicon.Hit> out = new ArrayList<>();
        for (Lexicon.Hit stem : lexicon.all(s, "splitverb")) {
            for (int k = stem.endToken(); k < s.tokens().size(); k++) {
                if (roles.clauseBreak(stem.endToken(), k)) break;
                Lexicon.Hit particle = s.cueAt(k, lexicon, "splitparticle");
                if (particle == null) continue;
                // The stem's reading that this particle completes: "maakte" gives with "vrij", says with "bekend".
                Lexicon.Hit verb = s.cueAt(stem.startToken(), lexicon, STEMS, particle.cue().value());
                if (verb == null || verb.endToken() != stem.endToken()) continue;
                int after = particle.endToken();
                boolean closes = after == s.tokens().size() || roles.clauseBreak(after, after)
                        // "maakte Ollongren bekend dat ...": what was made known follows its particle.
                        || says(verb) && s.cueAt(after, lexicon, "complementizer") != null
                        // "trekt 250 miljoen euro uit voor Oekraïne": the receiver may follow a giving's particle.
                        || gives(verb) && s.cueAt(after, lexicon, "to") != null;
                if (closes) {
                    out.add(verb);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * True for a split verb that says or announces ("gab am Montag bekannt, dass", "maakte Ollongren bekend
     * dat", "kündigte am Montag an, dass"): its subject speaks, as a verb of saying's does ({@link Speakers}).
     */
    static boolean says(Lexicon.Hit split) {
        String value = split.cue().value();
        return value.equals("said") || value.equals("announced");
    }

    /** True for a split verb that gives ("stelt ... beschikbaar") or announces a giving ("kondigde ... aan"): its value is a transfer status. */
    static boolean gives(Lexicon.Hit split) {
        String value = split.cue().value();
        return value.equals("pledged") || value.equals("delivered") || value.equals("announced");
    }
}
