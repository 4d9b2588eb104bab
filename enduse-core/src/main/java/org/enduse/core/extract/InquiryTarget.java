package org.enduse.core.extract;

import java.util.List;

/** Whom an inquiry is addressed to or looks into. */
final class InquiryTarget {
    private InquiryTarget() {}

    /**
     * The target of an inquiry whose noun starts at cueStart, held by owner (its country ownerCode):
     * a state in the addressee's place ("aux Ukrainiens", "до України"); else the first state or
     * place of another country after the noun; else a state between the owner and the noun (the
     * indirect object: "Polen hat der Ukraine ... geschrieben"). A letter or a note names whom it
     * is sent to before its noun as often as after it ("Россия направила США ноту", "направлення
     * Сполученим Штатам ноти", "sent Washington a note"), while what follows is what it is about
     * ("ноту из-за поставок вооружений Украине"), so a letter takes the state before it first. So does a request for an
     * explanation: the state asked stands between the asker and what is asked for ("asked Ukraine for an explanation about
     * the weapons in Belgorod", "heeft Oekraïne om uitleg gevraagd").
     */
    static Mention of(Speakers speakers, List<Mention> in, Mention owner, String ownerCode, int cueStart, String kind) {
        Mention target = speakers.addressee(ownerCode);
        if (target == null && (kind.equals("letter") || kind.equals("explanation"))) target = EventFinder.between(in, owner, cueStart);
        if (target == null) target = in.stream().filter(m -> m.start() > cueStart && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.PLACE)
                && m.country() != null && !m.country().equals(ownerCode)).findFirst().orElse(null);
        if (target == null) target = EventFinder.between(in, owner, cueStart);
        return target;
    }
}
