package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The invaded state receives arms ({@link Belligerents#invaded}): a transfer a sentence's reading gives it, to a receiver
 * the sentence does not mark as one, took the wrong word for the giver. "Oekraïne is in totaal een tachtigtal F-16's
 * beloofd, door bondgenoten als Nederland", "La Belgique a accédé à la demande de l'Ukraine d'envoyer du matériel",
 * "Sweden ... will also send the government 50 CV-90": the state read as receiving is the giver, and the invaded state
 * receives. With no receiver read ("Die Panzerhaubitzen wurden den ukrainischen Streitkräften übergeben, sagte ein
 * Sprecher des niederländischen Verteidigungsministeriums"), the invaded state receives from a giver the report's
 * context may give ({@link TransferContext}). A receiver marked by a preposition or case ("Ukraine handed the rifles
 * over to Poland") is a re-transfer, what end-use monitoring looks for, and is kept as read; so is a transfer to its
 * enemy (a claimed diversion). Every state listed with the one read as receiving gives ("door bondgenoten als Nederland,
 * Denemarken en Noorwegen", "promised ... by the Netherlands, Denmark and Norway"): the reading took one of the list as
 * the receiver, where a list of givers reads one transfer each. No real-report label of batches 26-35 names Ukraine as
 * giver, 3 of 4380 in all.
 */
final class InvadedReceives {
    private InvadedReceives() {}

    /** @param roles the sentence's roles; @param mentions the sentence's mentions, to find how the receiver is written */
    static List<Event> turned(List<Event> events, SentenceRoles roles, List<Mention> mentions) {
        // Asked of every sentence, most of which read no event: a loop, not a stream's pipeline (see Lists).
        if (events.isEmpty()) return events;
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.addAll(turned(e, roles, mentions));
        return Collections.unmodifiableList(out); // read-only, as the stream's toList() it replaces
    }

    private static List<Event> turned(Event e, SentenceRoles roles, List<Mention> mentions) {
        if (e.type() != EventType.TRANSFER || !Belligerents.invaded(e.donor()) || Belligerents.atWar(e.donor(), e.recipient())) return List.of(e);
        boolean marked = e.recipient() != null
                && Lists.any(mentions, m -> e.recipient().equals(SentenceRoles.countryOf(m)) && roles.isRecipient(m));
        if (marked) return List.of(e);
        return givers(e, roles, mentions).stream().map(giver -> e.withParties(giver, e.donor())).toList();
    }

    /** The state read as receiving and the states listed with it, each once; the invaded state itself is no giver. */
    private static Set<String> givers(Event e, SentenceRoles roles, List<Mention> mentions) {
        Set<String> givers = new LinkedHashSet<>();
        givers.add(e.recipient());
        if (e.recipient() == null) return givers;
        Mention read = Lists.first(mentions, m -> m.kind() == MentionKind.COUNTRY && e.recipient().equals(m.code()));
        if (read == null) return givers;
        Mention invaded = Lists.first(mentions, m -> m.kind() == MentionKind.COUNTRY && e.donor().equals(m.code()));
        for (Mention m : TransferGivers.coordinated(roles, mentions, read, invaded)) {
            if (!e.donor().equals(SentenceRoles.countryOf(m))) givers.add(SentenceRoles.countryOf(m));
        }
        return givers;
    }
}
