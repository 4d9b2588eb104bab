package org.enduse.core.extract;

import java.util.List;

/**
 * "The SBU and the National Police detained 7 people", "було затримано організатора схеми", "In Hamburg wurden zwei
 * Männer festgenommen": an arrest is an act of a criminal case, held by the police or security service that makes it,
 * else, like the case, by the state where it is made (the real-report labellers give such sentences an inquiry by that
 * state and no target, batches 36 and 46). A state named before the cue is the arrested persons' ("des militaires
 * ukrainiens ont été arrêtés à Brême"), never the holder; an arrest after an investigation the report already told of
 * (an arrest among them) is that case named again.
 */
final class Arrest {
    private Arrest() {}

    /** The arrest of a cue, or null when it holds goods back, an audit's report tells of it, no holder is known, or its case was told before. */
    static Event read(SentenceContext c, Lexicon.Hit cue, List<Mention> in) {
        Passage s = c.passage();
        // Police reports tell one case's arrests over and over (headline, lead, each suspect): an arrest after an
        // investigation the report already told of is that case named again, as batch 46's labellers read 46-en-02 and 46-fr-01.
        if (delaysDelivery(s, cue) || c.speakers().inquiryOwner("investigation") != null) return null;
        int cueStart = s.tokens().get(cue.startToken()).start();
        // "Міноборони заявило, що ФСБ затримала ...": the body nearest before the cue makes the arrest, not the sentence's first.
        Mention body = Lists.last(in, m -> m.start() < cueStart && SentenceRoles.isGovernmentBody(m));
        String holder = body != null ? body.country() : CriminalCase.jurisdiction(s, in, c.discourse());
        if (holder == null || c.speakers().auditedByAnotherState(holder)) return null;
        c.speakers().inquiryHeld("investigation", holder);
        return new Event(EventType.INQUIRY, null, null, EventFinder.equipment(in), null, null, null, null, null, null, null, holder,
                null, "investigation", null, c.attributed(), EventFinder.confidence(EventFinder.count(holder, null, "investigation"),
                c.attributed()), s.start(), s.end());
    }

    /**
     * True when an inquiry cue is an arrest verb that holds goods back: every reader that asks whether a sentence tells
     * an inquiry asks this, so "Германия задержала поставки танков" stays a giving sentence and keeps its giver.
     */
    static boolean holdsGoodsBack(Passage s, Lexicon.Hit cue) {
        return cue.cue().value().equals("arrest") && delaysDelivery(s, cue);
    }

    private static final Categories DELIVERY = Lexicon.get().categories("delivery"), DELIVERY_OR_AID = Lexicon.get().categories("delivery", "goods");

    /**
     * Ukrainian and Russian use the same verb for holding goods back ("затримали поставки", "поставки задержаны",
     * "задержали военную помощь"): right before a delivery or aid noun, or one adjective before it, or right after
     * one, it is a delay, no arrest. Elsewhere only a delivery noun is held back: "detained aid workers" is an arrest.
     */
    private static boolean delaysDelivery(Passage s, Lexicon.Hit cue) {
        Lexicon lexicon = Lexicon.get();
        Categories held = s.ukrainianOrRussian() ? DELIVERY_OR_AID : DELIVERY;
        int next = cue.endToken();
        if (lexicon.at(s, next, held) != null) return true;
        if (next + 1 < s.tokens().size() && s.joined(next) && s.joined(next + 1) && HeadNouns.slavicAdjective(s, next)
                && lexicon.at(s, next + 1, held) != null) return true;
        for (Lexicon.Hit d : lexicon.all(s, held)) if (d.endToken() == cue.startToken()) return true;
        return false;
    }
}
