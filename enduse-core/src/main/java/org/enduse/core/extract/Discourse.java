package org.enduse.core.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document has said so far about who speaks, read sentence by sentence: the countries its
 * persons speak for, the last person named with a country, the last speaker of a statement or
 * inquiry, and who holds each kind of inquiry. A later sentence that names its speaker only by a
 * pronoun ("Hij kan bevestigen"), a role ("a ajouté le Premier ministre"), a surname the dictionary
 * does not know ("betonte Miller") or a body without its country ("В МИД подчеркнули") is read
 * against it. One per document; not thread-safe.
 */
final class Discourse {
    private final Map<String, String> personCountries = new HashMap<>();
    private final Map<String, String> inquiryOwners = new HashMap<>();
    /** Bodies that spoke, by their words as written, in the order they first spoke. */
    private final Map<String, String> bodies = new LinkedHashMap<>();
    /**
     * Transfers read only from goods named by a past giving with no giver ("weapons supplied to Ukraine"),
     * by identity: {@link TransferContext} copies the ones whose giver the report named before, so
     * those left as they were still have no giver.
     */
    private final Set<Event> pastGoods = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Transfers a giver without a country code gives ("Western supplies to Kyiv"), by identity: no state of the report completes them. */
    private final Set<Event> collectiveGiven = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Restated transfers whose cue has "we" as its subject ({@link FirstPersonGiving}), by identity. */
    private final Set<Event> speakerGiven = Collections.newSetFromMap(new IdentityHashMap<>());
    private Mention lastPerson;
    private String lastSpeaker;
    private String lastSource;
    /** The country of the last place or government body named: where the report's events happen, as far as it said. */
    private String lastSetting;
    private Unclaimed unclaimedDenial;
    /** The speaker who opened a quote still open at the end of a sentence, and the paragraph it is open in. */
    private Mention quoteOpener;
    private int quoteParagraph = -1;

    /** Negated words no speaker was named for: the sentence's equipment and characters. */
    record Unclaimed(List<String> equipment, int start, int end) {}

    /** Notes the persons of a sentence whose country is known, in text order. */
    void read(Iterable<Mention> sentenceMentions) {
        for (Mention m : sentenceMentions) {
            if (CriminalCase.setsTheScene(m)) lastSetting = m.country();
            if (m.kind() != MentionKind.PERSON) continue;
            String country = m.country() != null ? m.country() : personCountries.get(m.name());
            if (country == null) continue;
            personCountries.putIfAbsent(m.name(), country);
            lastPerson = m.withRole(m.role(), country);
        }
    }

    /** Notes who opened a quote that a sentence of the paragraph starting at the offset leaves open ("Shoigu said, “In the hope ..."). */
    void quoteOpened(int paragraphStart, Mention speaker) {
        quoteOpener = speaker;
        quoteParagraph = paragraphStart;
    }

    /** The speaker who opened the quote a later sentence of the same paragraph is still inside; else null. */
    Mention quoteOpener(int paragraphStart) {
        return paragraphStart == quoteParagraph ? quoteOpener : null;
    }

    /** Notes a transfer read only from goods named by their past giving ("les armes fournies à l'Ukraine"). */
    void goodsNamedByTheirPast(Event transfer) {
        pastGoods.add(transfer);
    }

    /** Notes a transfer that the West, Western countries or allies give ({@link CollectiveGivers}). */
    void givenByCollective(Event transfer) {
        collectiveGiven.add(transfer);
    }

    /** Notes a restated transfer that "we" give: the speaker's state, the giver told before, whatever the goods. */
    void givenBySpeaker(Event transfer) {
        speakerGiven.add(transfer);
    }

    /** True for a restated transfer that "we" give ({@link #givenBySpeaker}). */
    boolean speakerGives(Event e) {
        return speakerGiven.contains(e);
    }

    /** True for a transfer a giver without a country code gives: it keeps no donor. */
    boolean collectiveGives(Event e) {
        return collectiveGiven.contains(e);
    }

    /**
     * True for a transfer read only from goods named by their past giving that no giver of the report
     * completed: such goods are what the sentence talks about (stolen, sold, checked), not a transfer
     * it tells, as real-report labellers read them.
     */
    boolean giverUnknown(Event e) {
        return pastGoods.contains(e);
    }

    /** The country a person speaks for, learned from this document: the person's own or an earlier resolved one. */
    String countryOf(Mention person) {
        return person.country() != null ? person.country() : personCountries.get(person.name());
    }

    /** Remembers that a person speaks for a country (read from an appositive body or the speaker before). */
    void learn(Mention person, String country) {
        if (person.kind() == MentionKind.PERSON && country != null) personCountries.putIfAbsent(person.name(), country);
    }

    /** The last person named with a country, for "he", "er", "він" or a role named alone; null when none. */
    Mention lastPerson() {
        return lastPerson;
    }

    void spoke(String country) {
        if (country != null) lastSpeaker = country;
    }

    /** The country of the last place or government body named in the sentences read; null when none yet. */
    String lastSetting() {
        return lastSetting;
    }

    /** The country of the last statement's or inquiry's speaker; null when none yet. */
    String lastSpeaker() {
        return lastSpeaker;
    }

    void inquiryHeld(String kind, String country) {
        if (kind != null && country != null) inquiryOwners.put(kind, country);
    }

    /** Who holds the inquiry of this kind named earlier ("the inspector general's office" after "the Pentagon's inspector general"). */
    String inquiryOwner(String kind) {
        return kind == null ? null : inquiryOwners.get(kind);
    }

    /** A body that spoke with its country named: "МИД Украины отвергает". */
    void bodySpoke(String words, String country) {
        bodies.put(words, country);
    }

    /**
     * The country of the body that spoke earlier under a longer name beginning with these words ("МИД"
     * after "МИД Украины"); the latest such body when several did. Null when none.
     */
    String bodyCountry(String words) {
        String country = null;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            if (body.getKey().startsWith(words + " ")) country = body.getValue();
        }
        return country;
    }

    /** Notes the sentence just read as negated words without a speaker (null when it is not). */
    void unclaimedDenial(Unclaimed words) {
        unclaimedDenial = words;
    }

    /** The sentence before's negated words without a speaker, or null; read once, as only the next sentence may claim them. */
    Unclaimed takeUnclaimedDenial() {
        Unclaimed words = unclaimedDenial;
        unclaimedDenial = null;
        return words;
    }

    /** A source the report credited ("according to Bild", "Об этом сообщает ТАСС"). */
    void credited(String source) {
        if (source != null) lastSource = source;
    }

    /**
     * The last source the report credited; null when none yet. A report that has said "according to
     * Bild" goes on telling Bild's claims: a later sighting that names no source of its own is Bild's.
     */
    String lastSource() {
        return lastSource;
    }
}
