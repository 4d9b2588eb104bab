package org.enduse.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * The giver an announcement names only by its speaker: "Norwegian Defense Minister Bjørn Arild Gram announced the
 * transfer of NASAMS to Ukraine", "Президент Франції Еммануель Макрон заявив, що Україна отримає ... 6 гаубиць Caesar",
 * "у Пентагоні оголосили про новий пакет військової допомоги Україні". A state's official or body that reports a
 * transfer to a named recipient, in a sentence that names no giver, speaks for the giver. Not when the sentence names a
 * state other than the speaker's and the recipient ("kommentierte Kremlsprecher Peskow Berichte über die Bereitschaft
 * der USA, Panzer an die Ukraine zu liefern": the other side comments), nor when it tells another event about the
 * goods (a condemnation, an inquiry, a sighting), nor when the sentence names a collective giver ("the West"), nor for goods
 * named by their past giving or given by the West.
 */
final class AnnouncedGiver {
    private AnnouncedGiver() {}

    /**
     * The sentence's events, each transfer without a donor given the speaker's state when the rules above allow.
     *
     * @param speaker the reporting clause's speaker ({@link Speakers#reporting}), or null
     * @param actors  the sentence's mentions outside a credit ("according to ...")
     */
    static List<Event> complete(List<Event> events, Passage s, Mention speaker, List<Mention> actors, Discourse discourse) {
        if (speaker == null || !SentenceRoles.canAct(speaker)) return events;
        String state = SentenceRoles.countryOf(speaker);
        if (state == null || !Lists.any(events, e -> e.type() == EventType.TRANSFER && e.donor() == null)) return events;
        // "L'Occident surestime ce que les chars pourraient donner à l'armée ukrainienne, a déclaré Peskov": the West is the giver named.
        if (CollectiveGivers.named(s, actors)) return events;
        return events.stream().map(e -> announced(e, state, actors, discourse) && !TransferGivers.anotherEvent(s)
                ? e.withParties(state, e.recipient()) : e).toList();
    }

    private static boolean announced(Event e, String state, List<Mention> actors, Discourse discourse) {
        // "Россия только что объявила, что Украина потеряла системы, предоставленные США": an enemy announces no giving of its own.
        if (e.type() != EventType.TRANSFER || e.donor() != null || e.recipient() == null || e.recipient().equals(state)
                || Belligerents.atWar(state, e.recipient())) return false;
        if (discourse.collectiveGives(e) || discourse.giverUnknown(e)) return false;
        return actors.stream().noneMatch(m -> otherState(m, state, e.recipient()));
    }

    /** A state, or its body, that is neither the speaker's nor the recipient. */
    private static boolean otherState(Mention m, String state, String recipient) {
        boolean stateLike = SentenceRoles.isState(m) || SentenceRoles.isGovernmentBody(m);
        String code = SentenceRoles.countryOf(m);
        return stateLike && !Objects.equals(code, state) && !Objects.equals(code, recipient);
    }
}
