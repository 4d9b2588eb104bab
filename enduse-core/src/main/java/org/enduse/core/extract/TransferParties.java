package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who gives and who receives at one transfer cue, read by the kind of cue: a giving verb, a
 * delivery noun, or a receiving, arriving or origin word. {@code compound} when the giver is written
 * onto the cue itself ("US-supplied howitzers"); {@code bySubject} when a delivery noun's giver is the subject of the
 * clause that commits to it ("the Netherlands was preparing the delivery"; not "Germany completed the delivery").
 */
record TransferParties(List<Mention> donors, Mention recipient, boolean compound, boolean bySubject) {

    /** A giving verb's parties: the subject gives (or the passive's agent, or the maker of goods it describes) to the marked recipient. */
    static TransferParties giving(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, boolean describesGoods) {
        Passage s = roles.passage();
        int k = cue.startToken();
        int cueStart = s.tokens().get(k).start(), cueEnd = s.tokens().get(cue.endToken() - 1).end();
        List<Mention> donors = new ArrayList<>();
        Mention recipient = Purchase.is(cue) ? Purchase.beneficiary(roles, in)
                : SupportWithGoods.is(cue) ? SupportWithGoods.supported(roles, in, cue)
                : TransferReceivers.recipient(roles, in, cueEnd, null);
        // "Washington will send American tanks": a state does not send to itself; the word after the verb was its adjective
        // on the goods, so the receiver is read again once the giver is known.
        if (recipient != null && !describesGoods && TransferReceivers.mayBeGoodsAdjective(roles, in, recipient)) {
            Mention subject = TransferGivers.subjectBefore(roles, in, k, null);
            if (subject != null && Objects.equals(SentenceRoles.countryOf(subject), SentenceRoles.countryOf(recipient))) recipient = null;
        }
        // "weapons sent to Ukraine", "the aid sent by the West": a participle after the goods
        // describes them; its giver can only follow as the passive's agent.
        Mention donor = describesGoods ? TransferGivers.makerOfGoods(roles, in, k)
                : Purchase.is(cue) ? Purchase.buyer(roles, in, k, recipient) : TransferGivers.subjectBefore(roles, in, k, recipient);
        if (donor != null && recipient == null) {
            // "Der Iran hat Russland Drohnen geliefert": subject, then the dative object, then the verb.
            Mention subject = TransferGivers.objectFirst(roles, in, donor, infinitive(s, cue));
            if (subject != null) {
                recipient = donor;
                donor = subject;
            }
        }
        if (donor == null) donor = TransferGivers.subjectAfter(roles, in, cueEnd, recipient);
        if (donor == null && !describesGoods) donor = TransferGivers.slavicSubjectAfter(roles, in, cue.endToken(), recipient);
        boolean listed = false;
        if (donor == null) {
            donor = TransferGivers.listedAfter(roles, in, cueEnd, recipient);
            listed = donor != null;
        }
        if (donor != null) donors.addAll(TransferGivers.coordinated(roles, in, donor, recipient));
        List<Mention> gapped = donor == null || describesGoods ? List.of() : TransferGivers.gapped(roles, in, cue.endToken());
        if (recipient != null && gapped.contains(recipient)) recipient = null;
        for (Mention m : gapped) if (!donors.contains(m)) donors.add(m);
        // The rest of a list of donors is not the recipient.
        // "US-supplied howitzers": the compound names the giver; a recipient must be marked as one.
        boolean compound = donor != null && donor.end() <= cueStart && s.between(donor.end(), cueStart).strip().equals("-");
        if (recipient == null && donor != null && !listed && !compound && !Purchase.is(cue)) {
            recipient = TransferReceivers.recipient(roles, in, cueEnd, SentenceRoles.countryOf(donor));
            // "offered by Belgium and Luxembourg": a country listed with the giver gives too.
            Mention guessed = recipient;
            if (guessed != null && gapped.contains(guessed)) recipient = null;
            if (donors.stream().anyMatch(d -> Objects.equals(SentenceRoles.countryOf(d), SentenceRoles.countryOf(guessed)))) recipient = null;
        }
        return new TransferParties(donors, recipient, compound, false);
    }

    /** A delivery noun's parties: the giver attached to the noun, before or after it, or a source after it. */
    static TransferParties delivery(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Passage s = roles.passage();
        int k = cue.startToken();
        int cueStart = s.tokens().get(k).start(), cueEnd = s.tokens().get(cue.endToken() - 1).end();
        List<Mention> donors = new ArrayList<>();
        Mention recipient = TransferReceivers.recipient(roles, in, cueEnd, null);
        // "the Netherlands was preparing the delivery": a state acting on the noun is read before one written onto it.
        Mention donor = TransferGivers.clauseSubject(roles, in, k, recipient);
        // "Норвегия сообщила о передаче": a giving reported, like one completed, is no commitment.
        boolean bySubject = donor != null && !TransferGivers.completedBetween(roles, donor, k) && !SpokenDelivery.reportedBetween(roles, donor, k);
        if (donor == null) donor = TransferGivers.attachedBefore(roles, in, k, recipient);
        if (donor == null) donor = TransferGivers.attachedAfter(roles, in, cue.endToken(), recipient);
        if (donor == null) donor = TransferGivers.sourceAfter(roles, in, cueEnd, recipient);
        if (donor != null) donors.addAll(TransferGivers.coordinated(roles, in, donor, recipient));
        if (recipient == null && donor != null) recipient = TransferReceivers.recipient(roles, in, cueEnd, SentenceRoles.countryOf(donor));
        return new TransferParties(donors, recipient, false, bySubject);
    }

    /** A receiving, arriving or origin cue's parties: the state named as the source gives; the receiver, or where the goods arrived, gets. */
    static TransferParties receivingOrArriving(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, TransferFinder.Role role) {
        Passage s = roles.passage();
        int cueStart = s.tokens().get(cue.startToken()).start(), cueEnd = s.tokens().get(cue.endToken() - 1).end();
        List<Mention> donors = new ArrayList<>();
        Mention source = in.stream().filter(m -> SentenceRoles.isState(m) && roles.isSource(m)).findFirst().orElse(null);
        // "a reçu les premiers F-16 des Pays-Bas", "отримає танки з Німеччини": a preposition a receipt alone makes a source.
        if (source == null && role == TransferFinder.Role.RECEIVE) source = ReceiptSource.after(roles, in, cue);
        // "Oekraïne heeft twaalf Zweedse pantserwagens ontvangen": a country word on the goods received names their giver,
        // never the receiver; found once for both questions.
        List<Mention> onGoodsWords = role == TransferFinder.Role.RECEIVE ? Lists.where(in, m -> GoodsOrigins.marksGoods(roles, in, m)) : List.of();
        boolean onGoods = source == null && role == TransferFinder.Role.RECEIVE;
        if (onGoods) source = ReceiptSource.onGoods(roles, onGoodsWords, cue);
        // "de Duitse pantserhouwitsers zijn aangekomen": the maker's adjective on the arriving goods.
        if (source == null && role == TransferFinder.Role.ARRIVE) source = TransferGivers.originBefore(roles, in, cueStart);
        if (source != null) donors.addAll(TransferGivers.coordinated(roles, in, source, null));
        Mention recipient = switch (role) {
            case RECEIVE -> TransferReceivers.receiver(roles, Lists.where(in, m -> !onGoodsWords.contains(m)), cue);
            case ARRIVE -> TransferReceivers.arrivedIn(roles, in, cueStart, cueEnd);
            default -> TransferReceivers.recipient(roles, in, cueEnd, SentenceRoles.countryOf(source));
        };
        // "Ukraine received captured Russian tanks": goods of a state at war with the receiver were not given by it.
        if (onGoods && source != null && recipient != null && Belligerents.atWar(SentenceRoles.countryOf(source), SentenceRoles.countryOf(recipient))) {
            donors.clear();
        }
        if (recipient != null && source != null && Objects.equals(SentenceRoles.countryOf(recipient), SentenceRoles.countryOf(source))) {
            // Goods arrive in the country named as where they arrived ("sind in der Ukraine eingetroffen"),
            // so a same-country word before them was no origin ("Die von Kiew bestellten Lastwagen ...").
            if (role == TransferFinder.Role.ARRIVE) donors.clear();
            else recipient = null;
        }
        return new TransferParties(donors, recipient, false, false);
    }

    /** True when an infinitive marker ("zu", "te", "to") stands right before the cue or inside it ("zur Verfügung zu stellen"). */
    static boolean infinitive(Passage s, Lexicon.Hit cue) {
        for (int j = Math.max(0, cue.startToken() - 1); j < cue.endToken(); j++) {
            if (s.cueAt(j, Lexicon.get(), "infinitive") != null && (j >= cue.startToken() || s.joined(cue.startToken()))) return true;
        }
        return false;
    }
}
