package org.enduse.core.extract;

import java.util.List;

/**
 * The invaded state receives arms ({@link Belligerents#invaded}): a transfer a sentence's reading gives it, to a receiver
 * the sentence does not mark as one, took the wrong word for the giver. "Oekraïne is in totaal een tachtigtal F-16's
 * beloofd, door bondgenoten als Nederland", "La Belgique a accédé à la demande de l'Ukraine d'envoyer du matériel",
 * "Sweden ... will also send the government 50 CV-90": the state read as receiving is the giver, and the invaded state
 * receives. With no receiver read ("Die Panzerhaubitzen wurden den ukrainischen Streitkräften übergeben, sagte ein
 * Sprecher des niederländischen Verteidigungsministeriums"), the invaded state receives from a giver the report's
 * context may give ({@link TransferContext}). A receiver marked by a preposition or case ("Ukraine handed the rifles
 * over to Poland") is a re-transfer, what end-use monitoring looks for, and is kept as read; so is a transfer to its
 * enemy (a claimed diversion). No real-report label of batches 26-35 names Ukraine as giver, 3 of 4380 in all.
 */
final class InvadedReceives {
    private InvadedReceives() {}

    /** @param roles the sentence's roles; @param mentions the sentence's mentions, to find how the receiver is written */
    static List<Event> turned(List<Event> events, SentenceRoles roles, List<Mention> mentions) {
        return events.stream().map(e -> turned(e, roles, mentions)).toList();
    }

    private static Event turned(Event e, SentenceRoles roles, List<Mention> mentions) {
        if (e.type() != EventType.TRANSFER || !Belligerents.invaded(e.donor()) || Belligerents.atWar(e.donor(), e.recipient())) return e;
        boolean marked = e.recipient() != null
                && Lists.any(mentions, m -> e.recipient().equals(SentenceRoles.countryOf(m)) && roles.isRecipient(m));
        return marked ? e : e.withParties(e.recipient(), e.donor());
    }
}
