package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Transfers in one sentence. Every giving ("sent", "levert", "передала"), receiving ("erhält",
 * "отримала") or arriving ("arrived", "прибули") cue is read with the roles around it: the donor is
 * the acting subject before the verb (or after it in Dutch and German inversion, or after a passive
 * "by"), with the countries coordinated with it ("Germany and the Netherlands"); the recipient
 * follows "to"/"aan"/"à"/"an" or stands in the dative ("der Ukraine", "Україні"). The status comes
 * from the cue and its clause: a future or modal word, or an infinitive, makes it pledged. One
 * event per donor, as labellers write one transfer per donor. This class reads the cue and its
 * status; {@link TransferGivers} and {@link TransferReceivers} find who gives and who receives.
 */
final class TransferFinder {
    /** French object pronouns that may stand between "continue de" and its giving verb ("continue de lui livrer", "d'y envoyer"). */
    private static final Set<String> FRENCH_OBJECT_PRONOUNS = Set.of("lui", "leur", "nous", "vous", "y", "en", "les", "la", "le", "l", "me", "m", "te", "t");
    private TransferFinder() {}

    enum Role { GIVE, DELIVERY, RECEIVE, ARRIVE, ORIGIN }

    /**
     * One cue read: who gave, who got, the status, where the cue stands; {@code describesGoods} when
     * the cue is a participle after the goods or a compound on them ("weapons sent to Ukraine", "оружие,
     * переданное Украине", "US-supplied howitzers"); {@code giverOnGoods} when such a participle names its
     * giver only as a word on the goods ("American howitzers supplied to Ukraine", "US-supplied");
     * {@code arrival} when the cue tells the goods arrived ("arrived", "eingetroffen", "прибули"); {@code collective} when a
     * giver without a country code gives ("Western military supplies", {@link CollectiveGivers}).
     */
    private record Reading(Lexicon.Hit cue, List<Mention> donors, Mention recipient, String status, boolean noun, boolean attributive,
                           boolean describesGoods, boolean giverOnGoods, boolean arrival, boolean collective) {
        Reading withRecipient(Mention other) {
            return new Reading(cue, donors, other, status, noun, attributive, describesGoods, giverOnGoods, arrival, collective);
        }

        /** A cue whose sentence names neither giver nor receiver ("The jets are to arrive in spring"). */
        boolean partyless() {
            return donors.isEmpty() && recipient == null;
        }
    }

    /**
     * @param attributed the sentence's source or speaker, credited to each transfer; when null, a person promising the
     *                   giving at a reading's cue is its credit ({@link Speakers#promiser})
     * @param antecedent equipment a demonstrative in the sentence points back to ("these howitzers"), or null
     */
    static List<Event> find(SentenceRoles roles, List<Mention> in, String attributed, Speakers speakers, String antecedent, Lexicon lexicon,
                            Discourse discourse) {
        Passage s = roles.passage();
        List<Lexicon.Hit> stances = lexicon.all(s, "statement");
        // "Kyiv denied that Belgian rifles were handed over": a denied transfer is the statement's topic.
        List<Lexicon.Hit> denials = Lists.where(stances, h -> denies(roles, h, in));
        List<Reading> cues = readings(roles, in, stances, denials, lexicon);
        if (!denials.isEmpty() && cues.isEmpty()) return List.of();
        // "Will Germany send Taurus missiles to Ukraine?" asks whether the giving happens and tells none.
        List<Reading> told = Lists.where(cues, r -> !YesNoQuestion.asks(roles, r.cue(), lexicon));
        if (told.isEmpty() && !cues.isEmpty()) return List.of();
        cues = told;
        List<Reading> readings = Lists.where(cues, r -> !r.partyless());
        readings = withoutGiversAsReceivers(roles, readings);
        // Who gave to whom is enough; otherwise the sentence must name something given.
        boolean namesBoth = Lists.any(readings, r -> !r.donors().isEmpty() && r.recipient() != null && !r.noun());
        if (readings.isEmpty()) {
            Event contents = PackageContents.find(s, in, attributed, antecedent, lexicon);
            if (contents != null) return List.of(contents);
            Reading restating = null;
            for (Reading r : cues) if (restates(r)) restating = restating == null ? r : preferred(restating, r, s.language());
            if (restating == null) return List.of();
            List<Event> restated = restatement(s, restating, in, antecedent, credit(attributed, restating, speakers), lexicon);
            if (FirstPersonGiving.tells(s, lexicon)) for (Event e : restated) discourse.givenBySpeaker(e);
            return restated;
        }
        if (!(namesBoth || givesSomething(s, in, lexicon))) return List.of();
        // "alle sieben versprochenen Geschütze ... eingetroffen": a participle before a noun describes
        // the goods; the sentence's verb says what happened, when it has one.
        if (Lists.any(readings, r -> !r.attributive())) readings = Lists.where(readings, r -> !r.attributive());
        List<String> equipment = EventFinder.equipment(in, antecedent);
        Mention quantity = EventFinder.countOfGoods(s, in);
        Mention money = EventFinder.firstOf(in, MentionKind.MONEY);
        boolean concrete = !equipment.isEmpty() || quantity != null || money != null;
        if (equipment.isEmpty()) equipment = EventFinder.items(s);
        Grouped g = Grouped.of(readings, s.language());
        Reading anonymous = g.anonymous(), pastGoods = g.pastGoods();
        // "Die Panzer, die Dänemark Kiew zur Verfügung stellt, sind in der Ukraine angekommen", "promised to Ukraine
        // ... and arrived in February": goods that arrived were delivered, whatever was promised of them.
        boolean arrived = anonymous != null && anonymous.arrival() && anonymous.status().equals("delivered");
        List<Event> out = new ArrayList<>();
        for (Map.Entry<String, Reading> e : g.byDonor().entrySet()) {
            Mention recipient = e.getValue().recipient() != null ? e.getValue().recipient() : g.recipients().get(e.getKey());
            // Another cue's recipient may be this giver's enemy: the giver then gives to no one named.
            if (Belligerents.atWar(e.getKey(), SentenceRoles.countryOf(recipient))) recipient = null;
            String status = arrived && e.getValue().status().equals("pledged") ? "delivered" : e.getValue().status();
            out.add(event(s, e.getKey(), recipient, status, equipment, quantity, money, credit(attributed, e.getValue(), speakers)));
        }
        // "more deliveries of howitzers to Ukraine", "la livraison de telles armes à l'Ukraine": a delivery
        // noun with no giver names a transfer only with named equipment, a count or a sum.
        if (out.isEmpty() && anonymous != null && anonymous.recipient() != null && (concrete || !anonymous.noun())) {
            Event given = event(s, null, anonymous.recipient(), anonymous.status(), equipment, quantity, money, credit(attributed, anonymous, speakers));
            if (anonymous.collective()) discourse.givenByCollective(given);
            out.add(given);
        }
        // "Українська армія отримає німецькі Leopard 2, англійські Challenger 2": one giver per country written on the goods.
        out = new ArrayList<>(GoodsOrigins.split(roles, in, out));
        // "weapons supplied to Ukraine were stolen", "les armes fournies à l'Ukraine", "переданных Украине самолетов":
        // goods named by a past giving that names no giver tell a transfer only when the report has named who gave.
        // A phrase that names a giver without a country code ("livrées par l'Occident", "поставляемого Западом") names
        // who gave: the transfer stands, without a donor.
        if (out.isEmpty() && pastGoods != null && pastGoods.recipient() != null && (concrete || !pastGoods.noun())) {
            Event past = event(s, null, pastGoods.recipient(), pastGoods.status(), equipment, quantity, money, credit(attributed, pastGoods, speakers));
            if (pastGoods.collective()) discourse.givenByCollective(past);
            else discourse.goodsNamedByTheirPast(past);
            out.add(past);
        }
        return out;
    }

    /** The sentence's credit, else the person who promises the giving read at the reading's cue, else null. */
    private static String credit(String attributed, Reading r, Speakers speakers) {
        return attributed != null ? attributed : speakers.promiser(r.cue());
    }

    /**
     * "Nederland stuurt luchtdoelraketten, ook Frankrijk en Italië leveren wapens", "Nederland is van plan er 24 te sturen,
     * Denemarken 19": a state that gives at a cue of the sentence is not the receiver another cue guessed from its
     * place alone; only a preposition or case ("aan Nederland", "der Ukraine") makes a giver also receive. The reading
     * then names no recipient and {@link TransferContext} gives it the one the report named.
     */
    private static List<Reading> withoutGiversAsReceivers(SentenceRoles roles, List<Reading> readings) {
        Set<String> givers = new HashSet<>();
        for (Reading r : readings) for (Mention d : r.donors()) givers.add(SentenceRoles.countryOf(d));
        if (givers.isEmpty()) return readings;
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            Mention m = r.recipient();
            boolean giver = m != null && givers.contains(SentenceRoles.countryOf(m)) && !roles.isRecipient(m);
            out.add(giver ? r.withRecipient(null) : r);
        }
        return out;
    }

    /**
     * "The jets are to arrive in spring", "Die Haubitzen sollen noch im Sommer geliefert werden": a transfer cue whose
     * sentence names no party, with goods named or pointed back to, restates the transfer told before. The event has
     * no giver or receiver yet: {@link TransferContext} gives it the told transfer's or drops it. Not in a sentence
     * reporting a sighting or an inquiry, whose topic the goods or their delivery are ("the delivered tanks were
     * destroyed", "The inspector general audited the deliveries").
     */
    private static List<Event> restatement(Passage s, Reading cue, List<Mention> in, String antecedent, String attributed, Lexicon lexicon) {
        if (TransferGivers.tellsSightingOrInquiry(s) || antecedent == null && !givesSomething(s, in, lexicon)) return List.of();
        List<String> equipment = EventFinder.equipment(in, antecedent);
        Mention quantity = EventFinder.countOfGoods(s, in), money = EventFinder.firstOf(in, MentionKind.MONEY);
        // "Oekraïne kan nieuwe leveringen tegemoet zien": a delivery noun alone may mean deliveries to come, as for a noun with no giver above.
        if (cue.noun() && equipment.isEmpty() && quantity == null && money == null) return List.of();
        if (equipment.isEmpty()) equipment = EventFinder.items(s);
        return List.of(event(s, null, null, cue.status(), equipment, quantity, money, attributed));
    }

    /** True for a transfer read from a cue whose sentence named neither giver nor receiver, waiting for the transfer it restates. */
    static boolean restating(Event e) {
        return e.type() == EventType.TRANSFER && e.donor() == null && e.recipient() == null && e.status() != null;
    }

    /**
     * A cue with no party of its own that may restate the transfer told before: a verb or a delivery noun of
     * the sentence's own ("Поставка завершится до конца года"), not a participle describing goods
     * ("the delivered tanks were destroyed") nor a word of origin, nor a cue whose giver is collective ("танків, які
     * обіцяли західні союзники"): the West gave, not the giver told before.
     */
    private static boolean restates(Reading r) {
        return r.partyless() && !r.attributive() && !r.describesGoods() && !r.collective();
    }

    /**
     * True for a denial that may deny a giving: an active one, or a passive one a state or an official speaks ("werd door Hongarije
     * geblokkeerd"); a road "werd door demonstranten geblokkeerd" is no one's denial.
     */
    private static boolean denies(SentenceRoles roles, Lexicon.Hit stance, List<Mention> in) {
        return stance.cue().value().equals("denial") && !StatementReader.passiveWithoutActor(roles, stance, in);
    }

    /**
     * Every transfer cue of the sentence read, less those whose goods are the topic of an assurance or the object of a sighting,
     * and those a denial of their own clause denies ({@link SeparateClauses}: "..., maar Nederland leverde 18 F-16's" is told).
     */
    private static List<Reading> readings(SentenceRoles roles, List<Mention> in, List<Lexicon.Hit> stances, List<Lexicon.Hit> denials,
                                          Lexicon lexicon) {
        Passage s = roles.passage();
        // "no sign that weapons sent to Ukraine were misused": goods described by their giving are the
        // assurance's topic. An inquiry into "Stinger missiles delivered to Ukraine" still tells the delivery.
        boolean assured = Lists.any(stances, h -> h.cue().value().equals("assurance"));
        // "Russia destroyed US-supplied howitzers": in a sentence that reports a sighting, goods described
        // by their maker's giving are the sighting's object; "les 18 exemplaires fournis par Berlin à
        // Kiev", "von Deutschland übergebenen Marder" name their giver as an agent and still tell the transfer.
        List<Lexicon.Hit> sightings = lexicon.all(s, "sighting");
        boolean sighted = !sightings.isEmpty();
        boolean seized = Lists.any(sightings, h -> h.cue().value().equals("captured") || h.cue().value().equals("destroyed"));
        List<Reading> readings = new ArrayList<>();
        List<Lexicon.Hit> cues = new ArrayList<>(lexicon.all(s, "transfer", "delivery", "receipt", "arrival", "origin"));
        // "Nederland stelt 18 F-16's beschikbaar": a Dutch or German giving verb whose particle closes the clause.
        for (Lexicon.Hit split : SplitVerbs.all(roles, lexicon)) if (SplitVerbs.gives(split)) cues.add(split);
        // "Dänemark will die Ukraine mit neuer Militärhilfe unterstützen": supporting with goods gives them.
        cues.addAll(SupportWithGoods.all(roles, in, lexicon));
        for (Lexicon.Hit hit : cues) {
            if (Lists.any(denials, d -> !SeparateClauses.apart(roles, d.startToken(), hit.startToken()))) continue;
            Reading r = read(roles, hit, in);
            if (r != null && !(assured && r.describesGoods()) && !(sighted && r.giverOnGoods()) && !(seized && goodsHistory(s, hit, r))) readings.add(r);
        }
        return readings;
    }

    /**
     * In a sentence that reports a capture or a destruction, "destroyed NATO-supplied hardware" (a giving written onto
     * the goods' name with a hyphen, whoever the word before it is) and "seized Leopard tanks since their delivery to
     * Kiev" (a delivery noun with no giver) tell the goods' history, not a transfer; the sentence's actor is the captor.
     * Goods that "found their way to criminals" after "supplies of rifles to Ukraine" still tell the supply.
     */
    private static boolean goodsHistory(Passage s, Lexicon.Hit hit, Reading r) {
        return s.hyphenated(hit.startToken()) || r.noun() && r.donors().isEmpty();
    }

    /**
     * The readings grouped for one event per donor: the preferred reading of each donor's country and
     * the first recipient any of its readings named; of the readings without a donor, the preferred
     * one that tells of goods by their past giving and the preferred other one (a cue whose donor is
     * unknown adds an event only when no donor is named).
     */
    private record Grouped(Map<String, Reading> byDonor, Map<String, Mention> recipients, Reading anonymous, Reading pastGoods) {
        static Grouped of(List<Reading> readings, String language) {
            Map<String, Reading> byDonor = new LinkedHashMap<>();
            Map<String, Mention> recipients = new LinkedHashMap<>();
            Reading anonymous = null, pastGoods = null;
            for (Reading r : readings) {
                if (r.donors().isEmpty() && (r.describesGoods() || r.attributive())) {
                    pastGoods = pastGoods == null ? r : preferred(pastGoods, r, language);
                    continue;
                }
                if (r.donors().isEmpty()) {
                    anonymous = anonymous == null ? r : preferred(anonymous, r, language);
                    continue;
                }
                for (Mention d : r.donors()) {
                    String code = SentenceRoles.countryOf(d);
                    Reading kept = byDonor.get(code);
                    byDonor.put(code, kept == null ? r : preferred(kept, r, language));
                    if (r.recipient() != null) recipients.putIfAbsent(code, r.recipient());
                }
            }
            return new Grouped(byDonor, recipients, anonymous, pastGoods);
        }
    }

    /**
     * Two cues for one donor: an approval is the news, then an arrival; a verb says more than a delivery noun;
     * otherwise the main verb, which German and Dutch put last ("das erste von vier zugesagten
     * Systemen ... übergeben") and the other languages first ("pledged to supply").
     */
    private static Reading preferred(Reading kept, Reading next, String language) {
        Reading chosen, other;
        if (kept.status().equals("approved") != next.status().equals("approved")) {
            chosen = kept.status().equals("approved") ? kept : next;
        } else if (kept.arrival() != next.arrival() && (kept.arrival() ? kept : next).status().equals("delivered")) {
            // "promised to Ukraine ... and arrived in February": goods that arrived were delivered.
            chosen = kept.arrival() ? kept : next;
        } else if (kept.noun() != next.noun()) {
            chosen = kept.noun() ? next : kept;
        } else {
            chosen = language.equals("de") || language.equals("nl") ? next : kept;
        }
        other = chosen == kept ? next : kept;
        return chosen.recipient() != null || other.recipient() == null ? chosen : chosen.withRecipient(other.recipient());
    }

    private static Event event(Passage s, String donor, Mention recipient, String status, List<String> equipment, Mention quantity,
                               Mention money, String attributed) {
        String recipientCode = SentenceRoles.countryOf(recipient);
        int filled = EventFinder.count(donor, recipientCode, equipment.isEmpty() ? null : "x", quantity, money);
        return new Event(EventType.TRANSFER, donor, recipientCode, equipment, quantity == null ? null : quantity.amount(),
                money == null ? null : money.amount(), money == null ? null : money.currency(), status, null, null, null,
                null, null, null, null, attributed, EventFinder.confidence(filled, attributed), s.start(), s.end());
    }

    /** The cue read with the roles around it: its status, its kind, then its parties; null when it tells no transfer. */
    private static Reading read(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        if (CuesThatGiveNothing.givesNothing(roles, cue)) return null;
        // "Did Germany contribute money ...?", "If Italy contributes funds, ...": nothing contributed yet.
        if (ContributedMoney.unsure(roles, cue)) return null;
        String status = status(roles, cue);
        int k = cue.startToken();
        // "the first Ukrainian pilots arrived in the US": people travel, nothing is delivered.
        if (cue.cue().category().equals("arrival") && peopleBefore(roles, k)) return null;
        Role role = role(roles.passage(), cue);
        // "België stuurt 300 militairen naar Roemenië": troops sent are no equipment given, and their
        // destination is no receiver for the report's later giving.
        if (role == Role.GIVE && PeopleSent.only(roles.passage(), in)) return null;
        // "Zelensky asked Western countries to send more weapons": the asker gives nothing, the asked has promised nothing.
        if (role == Role.GIVE && RequestedGiving.asked(roles, cue)) return null;
        boolean describesGoods = role == Role.GIVE && TransferGivers.goodsBefore(roles, in, k);
        TransferParties parties = switch (role) {
            case GIVE -> TransferParties.giving(roles, cue, in, describesGoods);
            case DELIVERY -> TransferParties.delivery(roles, cue, in);
            default -> TransferParties.receivingOrArriving(roles, cue, in, role);
        };
        Mention recipient = parties.recipient();
        // "The Pentagon announced new military aid", "Deutschland leistet jede erdenkliche Hilfe": aid announced or rendered
        // to no one named is a policy, not a giving; the verbs that give only aid need their receiver.
        if (AidVerbs.aidOnly(cue) && recipient == null) return null;
        // "was preparing the delivery", "подтвердила поставку", "einen Vertrag über die Lieferung geschlossen": a state acting
        // on a delivery it names commits to it; the noun itself says nothing of a delivery done.
        if (parties.bySubject() && !status.equals("approved")) status = "pledged";
        if (role == Role.DELIVERY && !status.equals("approved") && (DeferredDelivery.after(roles, cue) || PendingDeliveryNoun.before(roles, cue))) {
            status = "pledged";
        }
        boolean attributive = attributive(roles, cue, in) || GoodsParticiple.slavicBeforeGoods(roles, cue, in);
        List<Mention> donors = attributive ? participleAgent(roles, cue, in, recipient) : parties.donors();
        // "Le Kremlin promet de brûler les chars occidentaux s'ils sont livrés à l'Ukraine": a giver read before the
        // recipient was found may be its enemy, who gives it nothing; the cue then names no giver.
        donors = Lists.where(donors, d -> !Belligerents.atWar(d, recipient));
        // "Western military supplies to Kyiv", "поставленные Западом": the West gives, no state the roles found further off.
        boolean collective = CollectiveGivers.giveInstead(roles, in, cue, donors, role == Role.DELIVERY || describesGoods || attributive);
        // With no donor found, the mark still keeps the report's last giver from completing it.
        if (collective) donors = List.of();
        // "made in Germany" with no party is where goods come from, not a transfer restated.
        if (Purchase.tellsNothing(cue, recipient, donors) || donors.isEmpty() && recipient == null && role == Role.ORIGIN) return null;
        int cueStart = roles.passage().tokens().get(k).start();
        boolean giverOnGoods = parties.compound() || describesGoods && !donors.isEmpty() && donors.get(0).end() <= cueStart;
        return new Reading(cue, donors, recipient, status, role == Role.DELIVERY, attributive, describesGoods || parties.compound(), giverOnGoods,
                role == Role.ARRIVE, collective);
    }

    private static Role role(Passage s, Lexicon.Hit cue) {
        Role role = switch (cue.cue().category()) {
            case "receipt" -> Role.RECEIVE;
            case "arrival" -> Role.ARRIVE;
            case "delivery" -> Role.DELIVERY;
            case "origin" -> Role.ORIGIN;
            default -> Role.GIVE;
        };
        // "supplies of Western weapons", "shipments of ammunition": an English verb form used as a noun.
        if (role == Role.GIVE && s.language().equals("en") && cue.endToken() < s.tokens().size()
                && s.tokens().get(cue.endToken()).folded().equals("of")) {
            return Role.DELIVERY;
        }
        return role;
    }

    /** "Минобороны заявило об уничтожении переданных ВСУ танков": of a participle before the goods, only a giver inside its phrase gave. */
    private static List<Mention> participleAgent(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, Mention recipient) {
        Mention agent = GoodsParticiple.agent(roles, in, cue);
        return agent == null ? List.of() : TransferGivers.coordinated(roles, in, agent, recipient);
    }

    /**
     * A participle used as an adjective: "versprochenen Geschütze", "toegezegde F-16's", "the
     * promised jets". German and Dutch mark it with an ending; English with an article before it.
     * Either way the goods follow at once.
     */
    private static boolean attributive(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Passage s = roles.passage();
        int next = cue.endToken();
        if (next >= s.tokens().size() || !s.joined(next)) return false;
        int nextStart = s.tokens().get(next).start();
        boolean goodsFollow = s.cueAt(next, Lexicon.get(), "item", "materiel") != null || s.tokens().get(next).isCapitalised()
                || in.stream().anyMatch(m -> m.start() == nextStart && (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY));
        if (!goodsFollow) return false;
        String word = s.tokens().get(cue.endToken() - 1).folded();
        return switch (s.language()) {
            case "de" -> germanAttributive(word);
            case "nl" -> (word.endsWith("de") || word.endsWith("te")) && GoodsParticiple.germanicPast(word);
            case "en" -> cue.startToken() > 0 && Set.of("the", "a", "an").contains(s.tokens().get(cue.startToken() - 1).folded());
            default -> false;
        };
    }

    private static boolean peopleBefore(SentenceRoles roles, int cueToken) {
        for (int j = Math.max(0, cueToken - 6); j < cueToken; j++) {
            Lexicon.Hit hit = roles.passage().cueAt(j, Lexicon.get(), "item", "people");
            if (hit != null && hit.cue().value().equals("PERSONS")) return true;
        }
        return false;
    }

    /**
     * The cue's status, made pledged by a future or modal word, an infinitive marker or a passive infinitive, or a decision or possibility
     * word right before it ("decision to start supplying", "возможные поставки") in its clause;
     * an infinitive after a verb of beginning or going on ("began to arrive", "begonnen te leveren",
     * "начали поставлять") tells what happens, unless a future or modal word makes that a plan too.
     */
    private static String status(SentenceRoles roles, Lexicon.Hit cue) {
        // An announcement and a purchase for another state pledge; what is bought is delivered later.
        String status = CuesThatGiveNothing.announces(cue) || Purchase.is(cue) ? "pledged" : AidVerbs.status(cue);
        if (status.equals("pledged") && germanPreterite(roles.passage(), cue)) status = "delivered";
        if (status.equals("delivered") && germanPresentReceipt(roles, cue)) status = "pledged";
        if (status.equals("approved")) return OwnAidApproval.pledges(roles, cue) ? "pledged" : status;
        int k = cue.startToken();
        // "to supply", or "to be delivered", "d'être livrés": the passive infinitive's marker stands before its auxiliary.
        int infinitive = Infinitive.start(roles.passage(), k);
        boolean afterPhase = phaseBefore(roles.passage(), infinitive >= 0 ? infinitive : k);
        if (infinitive >= 0 && !afterPhase) return "pledged";
        boolean verbLast = roles.passage().language().equals("de") || roles.passage().language().equals("nl");
        // "heeft Patriots geleverd en zou ... samenstellen": a future in the next coordinated clause is not this verb's.
        int next = cue.endToken();
        boolean coordinatorNext = next < roles.passage().tokens().size() && roles.passage().cueAt(next, Lexicon.get(), "coordinator") != null;
        if (roles.near(k, verbLast ? 10 : 3, coordinatorNext ? 0 : 2, "future") || PresentPassive.before(roles, cue)
                || DecidedOrPossible.before(roles, cue)) return "pledged";
        // Labelling rules, round 40: a present of ongoing supply ("seit Kriegsbeginn liefert", "blijft leveren") is delivered;
        // an announcement stays pledged.
        if (status.equals("pledged") && !CuesThatGiveNothing.announces(cue)
                && (roles.near(k, verbLast ? 10 : 4, 4, "ongoing") || goingOnRightBefore(roles, k))) return "delivered";
        return afterPhase ? "delivered" : status;
    }

    /**
     * French "continue d'envoyer", "continuaient de livrer", "continue de lui livrer": a verb of going on whose "de" or "à"
     * ends right at the giving verb (token k), or at an object pronoun before it. Read only so: "continue d'étudier
     * l'envoi", "continue de refuser de livrer" go on with something else (review 58b).
     */
    private static boolean goingOnRightBefore(SentenceRoles roles, int k) {
        if (roles.endingAt(k, "goingon") != null) return true;
        return k > 0 && FRENCH_OBJECT_PRONOUNS.contains(roles.passage().tokens().get(k - 1).folded()) && roles.endingAt(k - 1, "goingon") != null;
    }

    /** True when a verb of beginning or going on ("began", "начали", "продовжує") stands right before token k. */
    private static boolean phaseBefore(Passage s, int k) {
        if (k < 1 || !s.joined(k)) return false;
        Lexicon.Hit hit = s.cueAt(k - 1, Lexicon.get(), "phase");
        return hit != null && hit.cue().value().equals("phase");
    }

    /**
     * "In der vergangenen Woche lieferte Deutschland zwei Systeme", "Die USA lieferten": the German preterite of a one-word
     * giving verb tells a past giving. The stems cannot tell "lieferte" from the present "liefert" (pledged), so the
     * written ending decides: -te/-ten without the participle's "ge" ("gelieferte" is an adjective).
     */
    private static boolean germanPreterite(Passage s, Lexicon.Hit cue) {
        if (!s.language().equals("de") || cue.endToken() - cue.startToken() != 1 || !cue.cue().category().equals("transfer")) return false;
        String word = s.tokens().get(cue.startToken()).folded();
        return (word.endsWith("te") || word.endsWith("ten")) && !GoodsParticiple.germanicPast(word);
    }

    /**
     * "Griechenland erhält Schützenpanzer", "Darüber hinaus erhalten ukrainische Verteidiger Maschinengewehre": a present
     * announces a receipt to come, pledged as the lexicon lists "erhält", "bekommt". But the stems cannot tell the
     * present from the participle read as delivered: folding drops the umlaut of "erhält", and a German participle of
     * "er-" or "be-" has no "ge-" ("erhalten", "bekommen" are also the plural present). The written umlaut tells the
     * singular. The plural is the finite verb only when nothing else in its clause is: not after an auxiliary that
     * governs it ("hat ... erhalten laut Angaben", "hat ... erhalten sowie"), nor before one ("erhalten hat"), a
     * coordinator or the clause's end; nor is the participle with an adjective's ending ("die erhaltenen Panzer").
     */
    private static boolean germanPresentReceipt(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.language().equals("de") || cue.endToken() - cue.startToken() != 1 || !cue.cue().category().equals("receipt")) return false;
        Token verb = s.tokens().get(cue.startToken());
        if (verb.text().toLowerCase(Locale.ROOT).contains("\u00e4")) return true;
        int next = cue.endToken();
        if (!verb.folded().endsWith("en") || germanAttributive(verb.folded()) || next >= s.tokens().size() || !s.joined(next)) return false;
        return !Auxiliaries.governingAt(s, next) && s.cueAt(next, Lexicon.get(), "coordinator") == null
                && Auxiliaries.governingBefore(roles, cue.startToken()) == null;
    }

    /** "gelieferten", "zugesagte", "erhaltenen": a German participle with an adjective's ending, the past tense "lieferte" apart. */
    private static boolean germanAttributive(String word) {
        return (word.endsWith("ten") || word.endsWith("te")) && GoodsParticiple.germanicPast(word) || word.endsWith("enen") || word.endsWith("ene");
    }

    /** Equipment, a count, money, an item noun, aid, a delivery noun or funds given without a sum: something is given. */
    private static boolean givesSomething(Passage s, List<Mention> in, Lexicon lexicon) {
        if (EventFinder.countOfGoods(s, in) != null) return true;
        for (Mention m : in) {
            if (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.MONEY) return true;
        }
        if (!lexicon.all(s, "item", "materiel", "goods", "delivery").isEmpty() || ContributedMoney.fundsGiven(s, lexicon)) return true;
        return (s.language().equals("de") || s.language().equals("nl")) && s.tokens().stream().anyMatch(t -> compoundItem(t, s.language(), lexicon));
    }

    /**
     * German and Dutch write compounds: "pantserhouwitsers", "Flugabwehrraketen" end in an item noun,
     * also with a dative "-n" after it.
     */
    private static boolean compoundItem(Token t, String language, Lexicon lexicon) {
        String w = t.folded();
        return lexicon.compoundTail(w, language, "item", 3, 5, cue -> true) != null
                || (w.endsWith("n") && lexicon.compoundTail(w.substring(0, w.length() - 1), language, "item", 3, 4, cue -> true) != null);
    }
}
