package org.enduse.core.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something that happened according to a report: a transfer, a sighting, an inquiry or a
 * statement, with the sentence it rests on ([evidenceStart, evidenceEnd)) and who the report
 * attributes it to. Country fields are ISO 3166-1 alpha-2; fields that do not apply are null.
 *
 * @param status    transfer: pledged, approved, delivered; sighting: in_use, captured, destroyed
 * @param kind      inquiry: investigation, explanation, letter, summons, audit
 * @param stance    statement: denial, confirmation, condemnation, assurance
 * @param equipment canonical names of the equipment (or the items as written) the event is about
 * @param holderCountry sighting: the holder's country, a force's ("Armed Forces of Ukraine": UA) or the country
 *                  holding it when no force is named (a captor: "Russian troops captured" gives RU); the form in
 *                  which labellers of real reports write the holder (docs/devset.md, round 16 sightings)
 */
public record Event(EventType type, String donor, String recipient, List<String> equipment, BigDecimal quantity,
                    BigDecimal value, String currency, String status, String locationCountry, String place, String holder,
                    String holderCountry, String by, String target, String kind, String stance, String attributedTo, double confidence,
                    int evidenceStart, int evidenceEnd) {
    public Event {
        if (type == null) throw new IllegalArgumentException("an event needs a type");
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }

    /** An event whose holder, if any, has no known country (every type but a sighting has no holder). */
    public Event(EventType type, String donor, String recipient, List<String> equipment, BigDecimal quantity, BigDecimal value,
                 String currency, String status, String locationCountry, String place, String holder, String by, String target,
                 String kind, String stance, String attributedTo, double confidence, int evidenceStart, int evidenceEnd) {
        this(type, donor, recipient, equipment, quantity, value, currency, status, locationCountry, place, holder, null, by, target, kind,
                stance, attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** A statement: who took the stance (a country), towards whom, about which equipment. */
    static Event statement(String by, String target, String stance, List<String> equipment, String attributedTo, double confidence,
                           int evidenceStart, int evidenceEnd) {
        return new Event(EventType.STATEMENT, null, null, equipment, null, null, null, null, null, null, null, by, target, null, stance,
                attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** The same event with the giver and receiver read from the sentences around it. */
    Event withParties(String newDonor, String newRecipient) {
        return new Event(type, newDonor, newRecipient, equipment, quantity, value, currency, status, locationCountry, place, holder,
                holderCountry, by, target, kind, stance, attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** The same event for one giver of part of its goods ("німецькі Leopard 2, англійські Challenger 2"). */
    Event forGiverOf(String newDonor, List<String> goods) {
        return new Event(type, newDonor, recipient, goods, quantity, value, currency, status, locationCountry, place, holder,
                holderCountry, by, target, kind, stance, attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** The same event as part of the transfer told before it: its giver, receiver and status. */
    Event partOf(Event told) {
        return new Event(type, told.donor, told.recipient, equipment, quantity, value, currency, told.status, locationCountry, place, holder,
                holderCountry, by, target, kind, stance, attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** The same event located in the country the report sets it in. */
    Event withLocationCountry(String country) {
        return new Event(type, donor, recipient, equipment, quantity, value, currency, status, country, place, holder, holderCountry, by, target,
                kind, stance, attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** The same event held by the country that captured it, told elsewhere in the report. */
    Event withHolderCountry(String country) {
        return new Event(type, donor, recipient, equipment, quantity, value, currency, status, locationCountry, place, holder, country, by,
                target, kind, stance, attributedTo, confidence, evidenceStart, evidenceEnd);
    }

    /** The same event credited to the source a later sentence names. */
    Event withAttribution(String source) {
        return new Event(type, donor, recipient, equipment, quantity, value, currency, status, locationCountry, place, holder, holderCountry, by,
                target, kind, stance, source, confidence, evidenceStart, evidenceEnd);
    }
}
