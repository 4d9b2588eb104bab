package org.enduse.core.extract;

import java.util.List;

/**
 * "SECO confirmed a report that it had blocked the shipment of Gepard munitions", "lehnte entsprechende
 * Anfragen ab, wie es am Sonntag bestätigte", "Le gouvernement nous confirme qu'il n'a pas l'intention de
 * livrer des armes": confirming a refusal states the refusal, a denial, not a confirmation (the real-report
 * labels read it so in en, de and fr, docs/devset.md round 49). Stressing one does too: "Scholz again stressed
 * that Germany would not be sending Taurus cruise missiles", "He reiterated that he does not want to provide the
 * Ukrainians with the weaponry" are denials in the labels of batch 57, not the assurance a stressing verb gives
 * arms said to be safe (docs/devset.md, round 54). A stressed refusal by a state at war is no giver's: "Ukraine stressed that it
 * would not transfer Western weapons to third countries", "dass die Ukraine die Waffen nicht an Dritte weitergeben werde" promise
 * arms given stay where they went, the assurance the stressing verb gives (review of round 54).
 */
final class ConfirmedRefusal {
    private ConfirmedRefusal() {}

    /**
     * The cue a sentence's statement is read from: the confirmed or stressed words' own refusal when the sentence holds one
     * (a denial verb, a German split denial verb, a giving of arms or a permission it negates), else the statement cue as found.
     */
    static Lexicon.Hit read(Lexicon.Hit statement, Lexicon.Hit split, SentenceRoles roles, List<Mention> actors, Lexicon lexicon) {
        if (statement == null) return null;
        boolean confirmed = statement.cue().value().equals("confirmation");
        if (!confirmed && !StatementStance.stresses(roles.passage(), statement, lexicon)) return statement;
        for (Lexicon.Hit h : lexicon.all(roles.passage(), "statement")) if (h.cue().value().equals("denial")) return h;
        if (split != null && split.cue().value().equals("denial")) return split;
        Lexicon.Hit refusal = StatementCue.refusal(roles, actors, lexicon);
        if (refusal == null) return statement;
        return !confirmed && Belligerents.inWar(SentenceRoles.countryOf(RefusedPermission.refuser(roles, actors, refusal))) ? statement : refusal;
    }
}
