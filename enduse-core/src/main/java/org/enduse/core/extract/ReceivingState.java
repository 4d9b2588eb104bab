package org.enduse.core.extract;

import java.util.List;

/**
 * The state a sentence names as receiving, whatever its verb: "military aid for Ukraine", "hulp aan Oekraïne",
 * "Militärhilfe für die Ukraine", "допомога Україні". {@link TransferContext} gives it to a later giver's transfer
 * that names no recipient while no transfer of the report has named one ("Брюссель відправить кілька винищувачів
 * F-16 уже у вересні"): batches 12-29 label such a transfer with the receiver the report named before, in en, nl,
 * de, fr, uk and ru. A place ("в России", "in Ukraine") and an opponent ("the war against Ukraine") receive nothing;
 * a direction does receive, whatever the verb ("gehen dreißig Panzer in die Ukraine", "направить в Україну").
 */
final class ReceivingState {
    private ReceivingState() {}

    /**
     * The code of the last state the sentence names as receiving, or null when it names none. The sentence's roles
     * are read only when it names a state: asked of every sentence of a report.
     */
    static String lastIn(Passage sentence, List<Mention> sentenceMentions) {
        if (!Lists.any(sentenceMentions, SentenceRoles::isState)) return null;
        SentenceRoles roles = new SentenceRoles(sentence, Lexicon.get());
        String code = null;
        for (Mention m : sentenceMentions) {
            if (!SentenceRoles.isState(m) || roles.isOpponent(m) || isPlace(roles, m)) continue;
            // "België stuurt 300 militairen naar Roemenië": where troops go receives no arms.
            if (roles.isRecipient(m) && !PeopleSent.toward(sentence, m, sentenceMentions)) code = SentenceRoles.countryOf(m);
        }
        return code;
    }

    /** "в Україні", "in der Ukraine": where, so no receiver; "в Україну", "in die Ukraine" is where to, so the receiver. */
    private static boolean isPlace(SentenceRoles roles, Mention m) {
        return roles.before(m, "loc") != null && !roles.isDirection(m);
    }
}
