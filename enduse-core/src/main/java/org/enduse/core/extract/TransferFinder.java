package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Transfers in one sentence. Every giving ("sent", "levert", "передала"), receiving ("erhält",
 * "отримала") or arriving ("arrived", "прибули") cue is read with the roles around it: the donor is
 * the acting subject before the verb (or after it in Dutch and German inversion, or after a passive
 * "by"), with the countries coordinated with it ("Germany and the Netherlands"); the recipient
 * follows "to"/"aan"/"à"/"an" or stands in the dative ("der Ukraine", "Україні"). The status comes
 * from the cue and its clause: a future or modal word, or an infinitive, makes it pledged. One
 * event per donor, as labellers write one transfer per donor.
 */
final class TransferFinder {
    private TransferFinder() {}

    private enum Role { GIVE, DELIVERY, RECEIVE, ARRIVE, ORIGIN }

    /**
     * One cue read: who gave, who got, the status, where the cue stands; {@code describesGoods} when
     * the cue is a participle after the goods or a compound on them ("weapons sent to Ukraine", "оружие,
     * переданное Украине", "US-supplied howitzers"); {@code giverOnGoods} when such a participle names its
     * giver only as a word on the goods ("American howitzers supplied to Ukraine", "US-supplied");
     * {@code arrival} when the cue tells the goods arrived ("arrived", "eingetroffen", "прибули").
     */
    private record Reading(List<Mention> donors, Mention recipient, String status, boolean noun, boolean attributive, boolean describesGoods,
                           boolean giverOnGoods, boolean arrival) {
        Reading withRecipient(Mention other) {
            return new Reading(donors, other, status, noun, attributive, describesGoods, giverOnGoods, arrival);
        }
    }

    /** @param antecedent equipment a demonstrative in the sentence points back to ("these howitzers"), or null */
    static List<Event> find(SentenceRoles roles, List<Mention> in, String attributed, String antecedent, Lexicon lexicon) {
        Passage s = roles.passage();
        // "Kyiv denied that Belgian rifles were handed over": a denied transfer is the statement's topic.
        List<Lexicon.Hit> stances = lexicon.all(s, "statement");
        if (stances.stream().anyMatch(h -> h.cue().value().equals("denial"))) return List.of();
        // "no sign that weapons sent to Ukraine were misused": goods described by their giving are the
        // assurance's topic. An inquiry into "Stinger missiles delivered to Ukraine" still tells the delivery.
        boolean assured = stances.stream().anyMatch(h -> h.cue().value().equals("assurance"));
        // "Russia destroyed US-supplied howitzers": in a sentence that reports a sighting, goods described
        // by their maker's giving are the sighting's object; "les 18 exemplaires fournis par Berlin à
        // Kiev" names its giver as an agent and still tells the transfer.
        boolean sighted = !lexicon.all(s, "sighting").isEmpty();
        List<Reading> readings = new ArrayList<>();
        for (Lexicon.Hit hit : lexicon.all(s, "transfer", "delivery", "receipt", "arrival", "origin")) {
            Reading r = read(roles, hit, in);
            if (r != null && !(assured && r.describesGoods()) && !(sighted && (r.giverOnGoods() || r.attributive()))) readings.add(r);
        }
        // Who gave to whom is enough; otherwise the sentence must name something given.
        boolean namesBoth = readings.stream().anyMatch(r -> !r.donors().isEmpty() && r.recipient() != null && !r.noun());
        if (readings.isEmpty()) {
            Event contents = PackageContents.find(s, in, attributed, antecedent, lexicon);
            return contents == null ? List.of() : List.of(contents);
        }
        if (!(namesBoth || givesSomething(s, in, lexicon))) return List.of();
        // "alle sieben versprochenen Geschütze ... eingetroffen": a participle before a noun describes
        // the goods; the sentence's verb says what happened, when it has one.
        if (readings.stream().anyMatch(r -> !r.attributive())) readings = readings.stream().filter(r -> !r.attributive()).toList();
        List<String> equipment = EventFinder.equipment(in, antecedent);
        Mention quantity = EventFinder.firstOf(in, MentionKind.QUANTITY);
        Mention money = EventFinder.firstOf(in, MentionKind.MONEY);
        boolean concrete = !equipment.isEmpty() || quantity != null || money != null;
        if (equipment.isEmpty()) equipment = EventFinder.items(s);
        // One event per donor; a cue whose donor is unknown adds one event only when no donor is named.
        Map<String, Reading> byDonor = new LinkedHashMap<>();
        Map<String, Mention> recipients = new LinkedHashMap<>();
        Reading anonymous = null;
        for (Reading r : readings) {
            if (r.donors().isEmpty()) {
                anonymous = anonymous == null ? r : preferred(anonymous, r, s.language());
                continue;
            }
            for (Mention d : r.donors()) {
                String code = SentenceRoles.countryOf(d);
                Reading kept = byDonor.get(code);
                byDonor.put(code, kept == null ? r : preferred(kept, r, s.language()));
                if (r.recipient() != null) recipients.putIfAbsent(code, r.recipient());
            }
        }
        // "Die Panzer, die Dänemark Kiew zur Verfügung stellt, sind in der Ukraine angekommen", "promised to Ukraine
        // ... and arrived in February": goods that arrived were delivered, whatever was promised of them.
        boolean arrived = anonymous != null && anonymous.arrival() && anonymous.status().equals("delivered");
        List<Event> out = new ArrayList<>();
        for (Map.Entry<String, Reading> e : byDonor.entrySet()) {
            Mention recipient = e.getValue().recipient() != null ? e.getValue().recipient() : recipients.get(e.getKey());
            String status = arrived && e.getValue().status().equals("pledged") ? "delivered" : e.getValue().status();
            out.add(event(s, e.getKey(), recipient, status, equipment, quantity, money, attributed));
        }
        // "more deliveries of howitzers to Ukraine", "la livraison de telles armes à l'Ukraine": a delivery
        // noun with no giver names a transfer only with named equipment, a count or a sum.
        if (out.isEmpty() && anonymous != null && anonymous.recipient() != null && (concrete || !anonymous.noun())) {
            out.add(event(s, null, anonymous.recipient(), anonymous.status(), equipment, quantity, money, attributed));
        }
        return out;
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

    private static Reading read(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Passage s = roles.passage();
        int k = cue.startToken();
        // "does not intend to send", "n'a pas livré", "не передала": no transfer.
        // German and Dutch put the verb last: "wilde geen ... aanvalswapens aan Oekraïne leveren".
        boolean verbLast = s.language().equals("de") || s.language().equals("nl");
        if (roles.near(k, verbLast ? 8 : 3, 0, "negation") || cue.cue().value().equals("none")) return null;
        // "sent a letter", "поставили Киеву условие": the object is not goods.
        if (roles.near(cue.endToken() - 1, 0, 3, "nongoods")) return null;
        // "gaf al aan dat ...", "gab an, dass ...": "aangeven"/"angeben" (to state) with its particle at the clause end.
        if (verbLast && particleCloses(roles, cue.endToken())) return null;
        if (announcesAnother(roles, cue)) return null;
        String status = status(roles, cue);
        // "the first Ukrainian pilots arrived in the US": people travel, nothing is delivered.
        if (cue.cue().category().equals("arrival") && peopleBefore(roles, k)) return null;
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
            role = Role.DELIVERY;
        }
        int cueStart = s.tokens().get(k).start(), cueEnd = s.tokens().get(cue.endToken() - 1).end();
        List<Mention> donors = new ArrayList<>();
        Mention recipient;
        boolean describesGoods = role == Role.GIVE && goodsBefore(roles, in, k);
        boolean compound = false;
        if (role == Role.GIVE) {
            // "Zelensky asked Western countries to send more weapons": the asker gives nothing.
            if (roles.near(k, 8, 0, "request")) return null;
            recipient = recipient(roles, in, cueStart, cueEnd, null);
            // "weapons sent to Ukraine", "the aid sent by the West": a participle after the goods
            // describes them; its giver can only follow as the passive's agent.
            Mention donor = describesGoods ? makerOfGoods(roles, in, k) : subjectBefore(roles, in, k, recipient);
            if (donor != null && recipient == null) {
                // "Der Iran hat Russland Drohnen geliefert": subject, then the dative object, then the verb.
                Mention subject = objectFirst(roles, in, donor, infinitive(s, cue));
                if (subject != null) {
                    recipient = donor;
                    donor = subject;
                }
            }
            if (donor == null) donor = subjectAfter(roles, in, cueEnd, recipient);
            boolean listed = false;
            if (donor == null) {
                donor = listedAfter(roles, in, cueEnd, recipient);
                listed = donor != null;
            }
            if (donor != null) donors.addAll(coordinated(roles, in, donor, recipient));
            // The rest of a list of donors is not the recipient.
            // "US-supplied howitzers": the compound names the giver; a recipient must be marked as one.
            compound = donor != null && donor.end() <= cueStart && s.between(donor.end(), cueStart).strip().equals("-");
            if (recipient == null && donor != null && !listed && !compound) {
                recipient = recipient(roles, in, cueStart, cueEnd, SentenceRoles.countryOf(donor));
                // "offered by Belgium and Luxembourg": a country listed with the giver gives too.
                Mention guessed = recipient;
                if (donors.stream().anyMatch(d -> Objects.equals(SentenceRoles.countryOf(d), SentenceRoles.countryOf(guessed)))) recipient = null;
            }
        } else if (role == Role.DELIVERY) {
            recipient = recipient(roles, in, cueStart, cueEnd, null);
            Mention donor = attachedBefore(roles, in, k, recipient);
            if (donor == null) donor = attachedAfter(roles, in, cue.endToken(), recipient);
            if (donor == null) donor = sourceAfter(roles, in, cueEnd, recipient);
            if (donor != null) donors.addAll(coordinated(roles, in, donor, recipient));
            if (recipient == null && donor != null) recipient = recipient(roles, in, cueStart, cueEnd, SentenceRoles.countryOf(donor));
        } else {
            Mention source = in.stream().filter(m -> SentenceRoles.isState(m) && roles.isSource(m)).findFirst().orElse(null);
            // "de Duitse pantserhouwitsers zijn aangekomen": the maker's adjective on the arriving goods.
            if (source == null && role == Role.ARRIVE) source = originBefore(roles, in, cueStart);
            if (source != null) donors.addAll(coordinated(roles, in, source, null));
            recipient = switch (role) {
                case RECEIVE -> receiver(roles, in, cue);
                case ARRIVE -> arrivedIn(roles, in, cueStart, cueEnd);
                default -> recipient(roles, in, cueStart, cueEnd, SentenceRoles.countryOf(source));
            };
            if (recipient != null && source != null && Objects.equals(SentenceRoles.countryOf(recipient), SentenceRoles.countryOf(source))) {
                // Goods arrive in the country named as where they arrived ("sind in der Ukraine eingetroffen"),
                // so a same-country word before them was no origin ("Die von Kiew bestellten Lastwagen ...").
                if (role == Role.ARRIVE) donors.clear();
                else recipient = null;
            }
        }
        if (donors.isEmpty() && recipient == null) return null;
        boolean giverOnGoods = compound || describesGoods && !donors.isEmpty() && donors.get(0).end() <= cueStart;
        return new Reading(donors, recipient, status, role == Role.DELIVERY, attributive(roles, cue, in), describesGoods || compound, giverOnGoods,
                role == Role.ARRIVE);
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
            case "de" -> word.endsWith("ten") || word.endsWith("te") || word.endsWith("enen") || word.endsWith("ene");
            case "nl" -> word.endsWith("de") || word.endsWith("te");
            case "en" -> cue.startToken() > 0 && Set.of("the", "a", "an").contains(s.tokens().get(cue.startToken() - 1).folded());
            default -> false;
        };
    }

    /** True when the clause from token k on ends with the separable particle "aan"/"an" ("gaf ... aan, dat"). */
    private static boolean particleCloses(SentenceRoles roles, int from) {
        Passage s = roles.passage();
        for (int k = from; k < s.tokens().size(); k++) {
            if (roles.clauseBreak(from, k)) return false;
            boolean clauseEnds = k + 1 == s.tokens().size() || roles.clauseBreak(k + 1, k + 1)
                    || s.cueAt(k + 1, Lexicon.get(), "complementizer") != null;
            if (clauseEnds) return s.cueAt(k, Lexicon.get(), "particle") != null;
        }
        return false;
    }

    /**
     * "Moscou a annoncé avoir saisi trois obusiers", "объявили об уничтожении танка": an
     * announcing verb followed in its clause by another transfer or sighting cue reports that cue's
     * event; read alone it would be a pledge of whatever the clause names.
     */
    private static boolean announcesAnother(SentenceRoles roles, Lexicon.Hit cue) {
        if (!cue.cue().value().equals("announced")) return false;
        int last = cue.endToken() - 1;
        return roles.near(last, 0, 4, "sighting") || roles.near(last, 0, 4, "transfer");
    }

    private static boolean peopleBefore(SentenceRoles roles, int cueToken) {
        for (int j = Math.max(0, cueToken - 6); j < cueToken; j++) {
            Lexicon.Hit hit = roles.passage().cueAt(j, Lexicon.get(), "item", "people");
            if (hit != null && hit.cue().value().equals("PERSONS")) return true;
        }
        return false;
    }

    /**
     * The cue's status, made pledged by a future or modal word or an infinitive marker in its clause;
     * an infinitive after a verb of beginning or going on ("began to arrive", "begonnen te leveren")
     * tells what happens.
     */
    private static String status(SentenceRoles roles, Lexicon.Hit cue) {
        String status = cue.cue().value().equals("announced") ? "pledged" : cue.cue().value();
        if (status.equals("approved")) return status;
        int k = cue.startToken();
        if (k > 0 && roles.passage().joined(k) && roles.passage().cueAt(k - 1, Lexicon.get(), "infinitive") != null
                && !(k > 1 && roles.passage().cueAt(k - 2, Lexicon.get(), "phase") != null)) {
            return "pledged";
        }
        boolean verbLast = roles.passage().language().equals("de") || roles.passage().language().equals("nl");
        // "heeft Patriots geleverd en zou ... samenstellen": a future in the next coordinated clause is not this verb's.
        int next = cue.endToken();
        boolean coordinatorNext = next < roles.passage().tokens().size() && roles.passage().cueAt(next, Lexicon.get(), "coordinator") != null;
        if (roles.near(k, verbLast ? 10 : 3, coordinatorNext ? 0 : 2, "future")) return "pledged";
        return status;
    }

    /**
     * The nearest actor before the cue that is not the recipient, nor a place ("in Germany"), nor in
     * an opening subordinate clause ("Since Russia invaded Ukraine, Western powers have sent ...").
     */
    private static Mention subjectBefore(SentenceRoles roles, List<Mention> in, int cueToken, Mention recipient) {
        int cueStart = roles.passage().tokens().get(cueToken).start();
        int lead = roles.openingClauseEnd();
        if (lead > cueStart) lead = -1;
        Mention found = null, partnerFound = null;
        Mention previous = null;
        boolean partner = false;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            partner = partner(roles, m, previous, partner);
            previous = m;
            if (m.start() >= lead && actor(roles, m, recipient)) {
                if (partner) partnerFound = m;
                else found = m;
            }
        }
        // "Together with Sweden, the ministry will send radars": with no other subject named, the partner gives.
        Mention subject = found != null ? found : partnerFound;
        return subject != null && relativeBetween(roles, subject, cueToken) ? null : subject;
    }

    /**
     * "The attack drew protests from many governments, which answered by sending rifles": a
     * relative pronoun between an actor and the verb gives the verb the pronoun's noun as subject, so
     * the actor is the subject only when it is that noun ("Poland, which sent ...").
     */
    private static boolean relativeBetween(SentenceRoles roles, Mention subject, int cueToken) {
        Passage s = roles.passage();
        // A Slavic relative clause is mostly passive ("оружие, которое поставляется Украине"): its giver
        // is not named in it, and the clause before it still tells who gives.
        if (!(s.language().equals("en") || s.language().equals("fr"))) return false;
        for (int k = roles.lastToken(subject) + 1; k < cueToken; k++) {
            if (s.cueAt(k, Lexicon.get(), "relpronoun") == null) continue;
            return !s.between(subject.end(), s.tokens().get(k).start()).strip().replace(",", "").isEmpty();
        }
        return false;
    }

    /**
     * True when the mention is a partner "together with" the subject ("gemeinsam mit den Niederlanden",
     * "разом з Данією"), or listed with one ("in Zusammenarbeit mit Polen und Litauen").
     * @param previous the mention before it, whose partner flag is {@code previousIsPartner}
     */
    private static boolean partner(SentenceRoles roles, Mention m, Mention previous, boolean previousIsPartner) {
        Lexicon.Hit with = roles.before(m, "suchas");
        if (with != null && with.cue().value().equals("with")) return true;
        return previousIsPartner && roles.coordinated(previous, m);
    }

    /** "American M777 howitzers supplied to Ukraine": a country adjective on the goods, a few words before the participle. */
    private static Mention makerOfGoods(SentenceRoles roles, List<Mention> in, int cueToken) {
        Mention found = null;
        for (Mention m : in) {
            int last = roles.lastToken(m);
            if (last >= cueToken) break;
            if (m.kind() == MentionKind.COUNTRY && cueToken - last <= 4 && !roles.clauseBreak(last + 1, cueToken)) found = m;
        }
        return found;
    }

    /**
     * True when the goods stand right before the cue: "weapons sent", "howitzers supplied", "armes
     * livrées", and with the comma that sets off a Slavic participle phrase, "оружие, переданное Украине".
     */
    private static boolean goodsBefore(SentenceRoles roles, List<Mention> in, int cueToken) {
        Passage s = roles.passage();
        // German and Dutch put the verb after its object ("der Ukraine Panzer geliefert").
        boolean slavic = s.ukrainianOrRussian();
        if (!(s.language().equals("en") || s.language().equals("fr") || slavic) || cueToken == 0) return false;
        // Slavic word order is free ("Танки передала Польша"): only the comma marks a participle phrase.
        boolean set = slavic ? s.between(s.tokens().get(cueToken - 1).end(), s.tokens().get(cueToken).start()).strip().equals(",") : s.joined(cueToken);
        if (!set) return false;
        int previous = cueToken - 1;
        Lexicon.Hit item = null;
        for (int j = Math.max(0, previous - 2); j <= previous && item == null; j++) {
            Lexicon.Hit hit = s.cueAt(j, Lexicon.get(), "item", "materiel", "goods");
            if (hit != null && hit.endToken() == cueToken) item = hit;
        }
        if (item != null) return true;
        int previousEnd = s.tokens().get(previous).end();
        return in.stream().anyMatch(m -> m.end() == previousEnd && (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY));
    }

    /** The giver attached to a delivery noun: "the German-Dutch delivery", "the UK's donation", "IRIS-T-Lieferung" has none. */
    private static Mention attachedBefore(SentenceRoles roles, List<Mention> in, int cueToken, Mention recipient) {
        Mention found = null;
        for (Mention m : in) {
            int k = roles.firstToken(m);
            if (k >= cueToken) break;
            if (m.kind() == MentionKind.COUNTRY && cueToken - roles.lastToken(m) <= 3 && !roles.clauseBreak(k + 1, cueToken)
                    && !saidBetween(roles, roles.lastToken(m) + 1, cueToken) && actor(roles, m, recipient)) {
                found = m;
            }
        }
        return found;
    }

    /** Languages whose modifiers follow the noun: "livraisons belges", "поставки США" (a genitive). */
    private static final Set<String> MODIFIER_AFTER = Set.of("fr", "uk", "ru");

    /**
     * The country right after a delivery noun in a language that puts its modifiers there: "les
     * livraisons belges de matériel", "поставки США Україні". A dative there is the recipient instead.
     */
    private static Mention attachedAfter(SentenceRoles roles, List<Mention> in, int next, Mention recipient) {
        Passage s = roles.passage();
        if (!MODIFIER_AFTER.contains(s.language()) || next >= s.tokens().size() || !s.joined(next)) return null;
        for (Mention m : in) {
            if (roles.firstToken(m) == next) return m.kind() == MentionKind.COUNTRY && actor(roles, m, recipient) ? m : null;
        }
        return null;
    }

    /** "Russian officials said supplies of ...": a verb of saying between a country and a delivery noun parts them. */
    private static boolean saidBetween(SentenceRoles roles, int from, int to) {
        for (int j = from; j < to; j++) if (roles.passage().cueAt(j, Lexicon.get(), "speech") != null) return true;
        return false;
    }

    /** The nearest country before the cue that is neither a place, a recipient nor a person's ("Oekraïense minister"). */
    private static Mention originBefore(SentenceRoles roles, List<Mention> in, int cueStart) {
        Mention found = null;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            if (m.kind() == MentionKind.COUNTRY && !roles.isRecipient(m) && !roles.isLocation(m) && !roles.describesPerson(m)) found = m;
        }
        return found;
    }

    /**
     * Who receives: the subject before the verb, or in Dutch and German inversion right after it
     * ("Zwölf Haubitzen aus Polen bekam die Ukraine im Frühjahr"). A source ("aus
     * Deutschland") is never the receiver.
     */
    private static Mention receiver(SentenceRoles roles, List<Mention> in, Lexicon.Hit cue) {
        Mention before = subjectBefore(roles, in, cue.startToken(), null);
        if (before != null && !roles.isSource(before)) return before;
        String language = roles.passage().language();
        if (language.equals("de") || language.equals("nl")) {
            for (Mention m : in) {
                int k = roles.firstToken(m);
                if (k >= cue.endToken() && k <= cue.endToken() + 1 && SentenceRoles.isState(m) && !roles.clauseBreak(cue.endToken(), k)) return m;
            }
        }
        return before != null && roles.isSource(before) ? null : before;
    }

    /** Where arriving equipment arrived: "arrived in Ukraine", "in der Ukraine eingetroffen", "до України ... прибули". */
    private static Mention arrivedIn(SentenceRoles roles, List<Mention> in, int cueStart, int cueEnd) {
        Mention before = null;
        for (Mention m : in) {
            if (!SentenceRoles.isState(m) || !(roles.isLocation(m) || roles.isRecipient(m))) continue;
            if (m.start() >= cueEnd) return m;
            before = m;
        }
        return before;
    }

    /** True when an infinitive marker ("zu", "te", "to") stands right before the cue or inside it ("zur Verfügung zu stellen"). */
    private static boolean infinitive(Passage s, Lexicon.Hit cue) {
        for (int j = Math.max(0, cue.startToken() - 1); j < cue.endToken(); j++) {
            if (s.cueAt(j, Lexicon.get(), "infinitive") != null && (j >= cue.startToken() || s.joined(cue.startToken()))) return true;
        }
        return false;
    }

    /**
     * In Dutch and German an indirect object without a preposition stands between the subject and
     * the final verb: the subject is an earlier actor of the same clause, not coordinated with it.
     */
    private static Mention objectFirst(SentenceRoles roles, List<Mention> in, Mention nearest, boolean infinitive) {
        String language = roles.passage().language();
        if (!(language.equals("de") || language.equals("nl")) || !SentenceRoles.isState(nearest)) return null;
        Mention subject = null;
        Mention previous = null;
        boolean partner = false;
        for (Mention m : in) {
            if (m.end() > nearest.start()) break;
            partner = partner(roles, m, previous, partner);
            previous = m;
            if (!partner && SentenceRoles.canAct(m) && actor(roles, m, null)
                    && !Objects.equals(SentenceRoles.countryOf(m), SentenceRoles.countryOf(nearest))) {
                subject = m;
            }
        }
        // "Norwegen hat beschlossen, Kiew acht Flugabwehrsysteme zur Verfügung zu stellen": an infinitive clause
        // has no subject of its own, so the subject stands before the comma that opens it.
        if (subject == null || roles.coordinated(subject, nearest)
                || (!infinitive && roles.clauseBreak(roles.firstToken(subject) + 1, roles.firstToken(nearest)))) {
            return null;
        }
        return subject;
    }

    /** "deliveries from the U.S.", "Lieferung aus Deutschland": a source right after a delivery noun. */
    private static Mention sourceAfter(SentenceRoles roles, List<Mention> in, int cueEnd, Mention recipient) {
        for (Mention m : in) {
            if (m.start() >= cueEnd && m.start() <= cueEnd + 30 && roles.isSource(m) && actor(roles, m, recipient)) return m;
        }
        return null;
    }

    /** "ont donné leur feu vert ..., comme les États-Unis, la Grande-Bretagne": donors listed after the verb. */
    private static Mention listedAfter(SentenceRoles roles, List<Mention> in, int cueEnd, Mention recipient) {
        for (Mention m : in) {
            Lexicon.Hit list = roles.before(m, "suchas");
            if (m.start() >= cueEnd && m.kind() == MentionKind.COUNTRY && list != null && list.cue().value().equals("suchas")
                    && actor(roles, m, recipient)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Inversion ("stuurt Duitsland zware wapens") or a passive agent ("sent by Germany", "geliefert
     * von Polen", "переданы Украине американской администрацией").
     */
    private static Mention subjectAfter(SentenceRoles roles, List<Mention> in, int cueEnd, Mention recipient) {
        boolean inverted = roles.passage().language().equals("nl") || roles.passage().language().equals("de");
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            if (m.start() < cueEnd || !actor(roles, m, recipient)) continue;
            if (roles.isSource(m) || roles.isInstrumental(m)) return named(roles, in, i);
            if (inverted && m.start() <= cueEnd + 2) return m;
        }
        return null;
    }

    /**
     * "offered by Dutch partners Belgium and Luxembourg": a country adjective on a noun that a country's
     * name follows at once describes the agent; the name is the agent.
     */
    private static Mention named(SentenceRoles roles, List<Mention> in, int i) {
        Mention m = in.get(i);
        if (i + 1 >= in.size() || m.kind() != MentionKind.COUNTRY) return m;
        Mention next = in.get(i + 1);
        int gap = roles.firstToken(next) - roles.lastToken(m);
        boolean apposed = next.kind() == MentionKind.COUNTRY && gap == 2 && !roles.clauseBreak(roles.lastToken(m) + 1, roles.firstToken(next))
                && Character.isUpperCase(next.text().charAt(0)) && !roles.coordinated(m, next);
        return apposed ? next : m;
    }

    private static boolean actor(SentenceRoles roles, Mention m, Mention recipient) {
        if (!SentenceRoles.canAct(m) || m == recipient || roles.isRecipient(m) || roles.isLocation(m) || slavicGenitive(roles, m)) return false;
        return recipient == null || !Objects.equals(SentenceRoles.countryOf(m), SentenceRoles.countryOf(recipient));
    }

    /**
     * "Бельгія виділить кошти на підтримку України і передасть дрони", "поддержку Украины": a
     * country name in the genitive belongs to a noun and is never who acts. The genitive endings of
     * names whose nominative ends in -а/-я ("Україна", "Германия", "Польща") cannot be read as a
     * nominative; plural names ("Нідерланди") and indeclinable ones ("США") are left alone.
     */
    private static boolean slavicGenitive(SentenceRoles roles, Mention m) {
        if (m.kind() != MentionKind.COUNTRY || !roles.passage().ukrainianOrRussian() || !Character.isUpperCase(m.text().charAt(0))) return false;
        String word = m.text().toLowerCase(java.util.Locale.ROOT);
        return word.endsWith("ии") || word.endsWith("ины") || word.endsWith("ши") || word.endsWith("ії") || word.endsWith("ини")
                || word.endsWith("щі");
    }

    /** The donor and the countries coordinated with it on either side. */
    private static List<Mention> coordinated(SentenceRoles roles, List<Mention> in, Mention donor, Mention recipient) {
        List<Mention> states = in.stream().filter(m -> m == donor || (m.kind() == MentionKind.COUNTRY && m != recipient)).toList();
        int at = states.indexOf(donor);
        int first = at, last = at;
        while (first > 0 && roles.coordinated(states.get(first - 1), states.get(first))) first--;
        while (last < states.size() - 1 && roles.coordinated(states.get(last), states.get(last + 1))) last++;
        List<Mention> out = new ArrayList<>();
        String recipientCode = SentenceRoles.countryOf(recipient);
        for (Mention m : states.subList(first, last + 1)) {
            if (!Objects.equals(SentenceRoles.countryOf(m), recipientCode) && !roles.isRecipient(m)) out.add(m);
        }
        return out;
    }

    /**
     * The recipient: a state after "to"/"aan"/"à"/"an", or in the dative, nearest the cue (after it
     * first); else the first other country after the cue that is not a place or a source.
     */
    private static Mention recipient(SentenceRoles roles, List<Mention> in, int cueStart, int cueEnd, String donorCode) {
        Mention before = null;
        for (Mention m : in) {
            if (!(SentenceRoles.isState(m) || isForce(m)) || Objects.equals(m.country(), donorCode) || !roles.isRecipient(m)) continue;
            if (m.start() >= cueEnd) return m;
            before = m;
        }
        if (before != null || donorCode == null) return before;
        // No preposition or case says who receives: the first other state after the cue, else before it.
        // A partner "samen met de Amerikaanse en Duitse bijdrage" gives alongside and receives nothing.
        Mention fallback = null, previous = null;
        boolean partner = false;
        for (Mention m : in) {
            partner = partner(roles, m, previous, partner);
            previous = m;
            if (!SentenceRoles.isState(m) || m.country().equals(donorCode) || roles.isLocation(m) || roles.isSource(m)
                    || roles.describesPerson(m) || partner) {
                continue;
            }
            if (m.start() > cueEnd) return m;
            if (fallback == null && m.end() <= cueStart) fallback = m;
        }
        return fallback;
    }

    /** "to Ukrainian forces", "aan de Oekraïense strijdkrachten": a state's forces receive for it. */
    private static boolean isForce(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.actorKind() == org.enduse.core.catalog.ActorKind.ARMED_FORCE && m.country() != null;
    }

    /** Equipment, a count, money, an item noun, aid or a delivery noun: something is given. */
    private static boolean givesSomething(Passage s, List<Mention> in, Lexicon lexicon) {
        for (Mention m : in) {
            if (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY || m.kind() == MentionKind.MONEY) return true;
        }
        if (!lexicon.all(s, "item", "materiel", "goods", "delivery").isEmpty()) return true;
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
