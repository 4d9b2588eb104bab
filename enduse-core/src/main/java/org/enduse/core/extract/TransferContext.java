package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The giver a report has just named, for the sentences after it that name none: "Polen hat der
 * Ukraine 14 Leopard 2 zugesagt. Im Februar wurden die ersten Panzer an die Ukraine übergeben."
 * A transfer without a donor takes the donor of the last sentence whose transfers all had one and
 * the same, when its recipient agrees and it names no other equipment. A transfer whose sentence
 * names no party at all restates the transfer told last ("The jets are to arrive in spring"). Read
 * sentence by sentence.
 */
final class TransferContext {
    private String donor;
    private String recipient;
    private List<String> equipment = List.of();
    /** The last recipient any transfer named, for a giver's transfer that names none ("Duitsland liet weten één Patriot-systeem te sturen"). */
    private String lastRecipient;
    /** The last state any sentence named as receiving ({@link ReceivingState}), for a giver's transfer while no transfer has named a recipient. */
    private String namedReceiver;
    /** A giver's transfers read while the report had named no receiver yet, for the one it names later ({@link #receiverNamedLater}). */
    private final List<Event> awaiting = new ArrayList<>();
    /** The first receiver the report named, by a transfer or as receiving ({@link ReceivingState}). */
    private String firstReceiver;
    /** The last transfer read, for a package's contents listed after it. */
    private Event told;
    /** The state whose ministry or other government body the report named last, the giver while no transfer has named one. */
    private final SpeakingBody body = new SpeakingBody();
    /** True once a transfer of the report named its giver: from then on only those givers carry. */
    private boolean giverNamed;

    /**
     * The sentence's events, donorless transfers given the remembered donor; then remembers this
     * sentence's donor when all its transfers name one.
     *
     * @param namedEquipment the catalog equipment the sentence names (not its generic nouns)
     * @param sentenceMentions all the sentence's mentions, read for the bodies it names after its events are completed
     * @param pastGoods        true for a transfer read only from goods named by their past giving, which a body never completes
     * @param collective       true for a transfer a giver without a country code gives ("Western supplies"): no state completes it
     * @param receiver         the state the sentence names as receiving ({@link ReceivingState}), or null
     * @param speakerGives     true for a restatement whose cue has "we" as its subject ({@link FirstPersonGiving}): the told giver's, whatever the goods
     */
    List<Event> complete(List<Event> events, List<String> namedEquipment, List<Mention> sentenceMentions, Predicate<Event> pastGoods,
                         Predicate<Event> collective, String receiver, Predicate<Event> speakerGives) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (collective.test(e)) {
                out.add(e);
            } else if (PackageContents.open(e)) {
                // A package's contents belong to the transfer told last; with none told they say nothing.
                if (told != null) out.add(e.partOf(told));
            } else if (TransferFinder.restating(e)) {
                // A restatement repeats a transfer told with its giver and receiver; with none told, one told by
                // halves (a recipient alone: "tracking ... before sending any equipment"), or other goods, it says nothing.
                if (told != null && told.donor() != null && told.recipient() != null && (sameGoods(told, namedEquipment) || speakerGives.test(e))) {
                    out.add(e.withParties(told.donor(), told.recipient()));
                }
            } else {
                out.add(e.type() == EventType.TRANSFER && e.donor() == null && agrees(e, namedEquipment) ? e.withParties(donor, e.recipient() != null ? e.recipient() : recipient)
                        : bodyGives(e) && !pastGoods.test(e) ? e.withParties(body.country(), e.recipient())
                        : toldRecipient(e) ? e.withParties(e.donor(), toldRecipient()) : e);
            }
        }
        if (toldRecipient() == null) {
            for (Event e : out) if (e.type() == EventType.TRANSFER && e.donor() != null && e.recipient() == null) awaiting.add(e);
        }
        remember(events);
        body.read(sentenceMentions);
        body.heard(events);
        for (Event e : events) if (e.type() == EventType.TRANSFER && e.donor() != null) giverNamed = true;
        for (Event e : events) if (e.type() == EventType.TRANSFER && e.recipient() != null) lastRecipient = e.recipient();
        if (receiver != null) namedReceiver = receiver;
        if (firstReceiver == null) firstReceiver = toldRecipient();
        for (Event e : out) if (e.type() == EventType.TRANSFER) told = e;
        return out;
    }

    /**
     * The report's events, a giver's transfer read before the report named any receiver given the first one it names
     * after it: "Nederland stuurt luchtdoelraketten" as the headline of a report on arms for Ukraine (12 nl-03). Never
     * back to the giver nor to its enemy. Asked once, after the last sentence.
     */
    List<Event> receiverNamedLater(List<Event> events) {
        if (awaiting.isEmpty() || firstReceiver == null) return events;
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean fills = awaiting.contains(e) && !firstReceiver.equals(e.donor()) && !Belligerents.atWar(firstReceiver, e.donor());
            out.add(fills ? e.withParties(e.donor(), firstReceiver) : e);
        }
        return out;
    }

    /**
     * A transfer to a named recipient with no giver, in a report whose transfers have named none yet,
     * given by the state whose body the report named before it (never the recipient itself, nor its enemy).
     */
    private boolean bodyGives(Event e) {
        return e.type() == EventType.TRANSFER && e.donor() == null && !giverNamed && e.recipient() != null && body.country() != null
                && !body.country().equals(e.recipient()) && !Belligerents.atWar(body.country(), e.recipient());
    }

    /**
     * A giver's transfer without a recipient goes to the one the report named last: the last a transfer named, else,
     * while none has, the last state a sentence named as receiving; never back to the giver nor to its enemy.
     */
    private boolean toldRecipient(Event e) {
        String told = toldRecipient();
        return e.type() == EventType.TRANSFER && e.donor() != null && e.recipient() == null && told != null
                && !told.equals(e.donor()) && !Belligerents.atWar(told, e.donor());
    }

    /** True while no transfer has named a recipient: only then is a state named as receiving read ({@link ReceivingState}). */
    boolean awaitsReceiver() {
        return lastRecipient == null;
    }

    private String toldRecipient() {
        return lastRecipient != null ? lastRecipient : namedReceiver;
    }

    /** The sentence names no catalog equipment, or some the told transfer carried, or the told transfer named none. */
    private static boolean sameGoods(Event told, List<String> namedEquipment) {
        return namedEquipment.isEmpty() || told.equipment().isEmpty() || namedEquipment.stream().anyMatch(told.equipment()::contains);
    }

    private boolean agrees(Event e, List<String> namedEquipment) {
        if (donor == null || donor.equals(e.recipient()) || Belligerents.atWar(donor, e.recipient())) return false;
        if (e.recipient() != null && recipient != null && !e.recipient().equals(recipient)) return false;
        // "Ukraine also received Leopards" after "the US sent HIMARS": other equipment, another giver.
        return namedEquipment.isEmpty() || equipment.isEmpty() || namedEquipment.stream().anyMatch(equipment::contains);
    }

    private void remember(List<Event> events) {
        List<Event> transfers = Lists.where(events, e -> e.type() == EventType.TRANSFER);
        if (transfers.isEmpty()) return;
        String only = transfers.get(0).donor();
        for (Event t : transfers) {
            // Two givers in one sentence: no single one for the next.
            if (!Objects.equals(t.donor(), only)) only = null;
        }
        if (only == null) {
            if (Lists.any(transfers, t -> t.donor() != null)) donor = null;
            return;
        }
        donor = only;
        recipient = transfers.get(0).recipient();
        Set<String> carried = new LinkedHashSet<>(); // in order, each once
        for (Event t : transfers) carried.addAll(t.equipment());
        equipment = Collections.unmodifiableList(new ArrayList<>(carried));
    }
}
