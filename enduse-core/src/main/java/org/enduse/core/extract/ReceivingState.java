package org.enduse.core.extract;

import java.util.List;

/**
 * The state a sentence names as receiving, whatever its verb: "military aid for Ukraine", "hulp aan Oekraïne",
 * "Militärhilfe für die Ukraine", "допомога Україні". {@link TransferContext} gives it to a later giver's transfer
 * that names no recipient while no transfer of the report has named one ("Брюссель відправить кілька винищувачів
 * F-16 уже у вересні"): batches 12-29 label such a transfer with the receiver the report named before, in en, nl,
 * de, fr, uk and ru. A place ("в России", "in Ukraine") and an opponent ("the war against Ukraine") receive nothing.
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
            if (!SentenceRoles.isState(m) || roles.isOpponent(m) || roles.before(m, "loc") != null) continue;
            if (roles.isRecipient(m)) code = SentenceRoles.countryOf(m);
        }
        return code;
    }
}
