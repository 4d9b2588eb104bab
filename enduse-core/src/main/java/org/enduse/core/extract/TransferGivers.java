package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * Who gives, for one transfer cue in one sentence: the acting subject before the verb (not a place,
 * a recipient, a partner "together with" it, nor an opening clause's actor), Dutch and German
 * inversion and passive agents after it, a country adjective on the goods or on a delivery noun, a
 * source ("aus Deutschland"), givers listed after "such as", and the countries coordinated with the
 * giver. {@link TransferFinder} chooses which of these a cue's role asks for.
 */
final class TransferGivers {
    private TransferGivers() {}

    /**
     * The nearest actor before the cue that is not the recipient, nor a place ("in Germany"), nor in
     * an opening subordinate clause ("Since Russia invaded Ukraine, Western powers have sent ...").
     */
    static Mention subjectBefore(SentenceRoles roles, List<Mention> in, int cueToken, Mention recipient) {
        int cueStart = roles.passage().tokens().get(cueToken).start();
        int lead = roles.openingClauseEnd();
        if (lead > cueStart) lead = -1;
        Mention found = null, partnerFound = null, plain = null;
        Mention previous = null;
        boolean partner = false;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            partner = partner(roles, m, previous, partner);
            previous = m;
            if (m.start() >= lead && actor(roles, m, recipient)) {
                if (partner) partnerFound = m;
                else found = m;
                if (!partner && !roles.isSource(m)) plain = m;
            }
        }
        found = plainBeforeSource(roles, found, plain, cueToken);
        // "Together with Sweden, the ministry will send radars": with no other subject named, the partner gives.
        Mention subject = found != null ? found : partnerFound;
        return subject != null && relativeBetween(roles, subject, cueToken) ? null : subject;
    }

    /**
     * "Deutschland hat der von Russland angegriffenen Ukraine Waffen geschickt", "Polen hat Panzer aus Deutschland
     * geliefert": a name after "von"/"aus" belongs to a phrase inside the clause, so the plain subject before it in
     * the same clause gives; with none, the name after "von" is the passive's agent and gives.
     */
    private static Mention plainBeforeSource(SentenceRoles roles, Mention found, Mention plain, int untilToken) {
        boolean inPhrase = found != null && plain != null && found != plain && roles.isSource(found)
                && !roles.clauseBreak(roles.lastToken(plain) + 1, untilToken);
        return inPhrase ? plain : found;
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
    static boolean partner(SentenceRoles roles, Mention m, Mention previous, boolean previousIsPartner) {
        Lexicon.Hit with = roles.before(m, "suchas");
        if (with != null && with.cue().value().equals("with")) return true;
        return previousIsPartner && roles.coordinated(previous, m);
    }

    /** "American M777 howitzers supplied to Ukraine": a country adjective on the goods, a few words before the participle. */
    static Mention makerOfGoods(SentenceRoles roles, List<Mention> in, int cueToken) {
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
    static boolean goodsBefore(SentenceRoles roles, List<Mention> in, int cueToken) {
        Passage s = roles.passage();
        // German and Dutch put the verb after its object ("der Ukraine Panzer geliefert").
        boolean slavic = s.ukrainianOrRussian();
        if (!(s.language().equals("en") || s.language().equals("fr") || slavic) || cueToken == 0) return false;
        // Slavic word order is free ("Танки передала Польша"): only the comma marks a participle phrase.
        boolean set = slavic ? s.separatedBy(cueToken, ",") : s.joined(cueToken);
        if (!set) return false;
        int previous = cueToken - 1;
        Lexicon.Hit item = null;
        for (int j = Math.max(0, previous - 2); j <= previous && item == null; j++) {
            Lexicon.Hit hit = s.cueAt(j, Lexicon.get(), "item", "materiel", "goods");
            if (hit != null && hit.endToken() == cueToken) item = hit;
        }
        if (item != null) return true;
        int previousEnd = s.tokens().get(previous).end();
        return in.stream().anyMatch(m -> m.end() == previousEnd && (m.kind() == MentionKind.EQUIPMENT
                || m.kind() == MentionKind.QUANTITY && !CountedNouns.countsNoGoods(s, m)));
    }

    /** The giver attached to a delivery noun: "the German-Dutch delivery", "the UK's donation", "IRIS-T-Lieferung" has none. */
    static Mention attachedBefore(SentenceRoles roles, List<Mention> in, int cueToken, Mention recipient) {
        Mention found = null;
        for (Mention m : in) {
            int k = roles.firstToken(m);
            if (k >= cueToken) break;
            if (m.kind() == MentionKind.COUNTRY && cueToken - roles.lastToken(m) <= 3 && !roles.clauseBreak(k + 1, cueToken)
                    && !saidBetween(roles, roles.lastToken(m) + 1, cueToken) && actor(roles, m, recipient) && !afterRole(roles, m)) {
                found = m;
            }
        }
        // "Russia condemned the delivery", "Russland kritisierte die Lieferung": a name with a word between that is no
        // possessive is a clause's subject, and a subject acting on deliveries in another event gives nothing. An
        // adjective stays written onto the noun phrase ("eine tschechische Initiative zur Lieferung").
        boolean written = found == null || cueToken - roles.lastToken(found) == 1 || SentenceRoles.possessive(roles.passage(), found)
                || Character.isLowerCase(found.text().charAt(0));
        return written || !anotherEvent(roles.passage()) ? found : null;
    }

    /** Words a clause's subject may stand before its delivery noun: "hebben ... een contract over de levering gesloten". */
    private static final int CLAUSE_SUBJECT_REACH = 10;

    /** Languages whose modifiers follow the noun: "livraisons belges", "поставки США" (a genitive). */
    private static final Set<String> MODIFIER_AFTER = Set.of("fr", "uk", "ru");

    /**
     * The country right after a delivery noun in a language that puts its modifiers there: "les
     * livraisons belges de matériel", "поставки США Україні". A dative there is the recipient instead.
     */
    static Mention attachedAfter(SentenceRoles roles, List<Mention> in, int next, Mention recipient) {
        Passage s = roles.passage();
        if (!MODIFIER_AFTER.contains(s.language()) || next >= s.tokens().size() || !s.joined(next)) return null;
        for (Mention m : in) {
            if (roles.firstToken(m) == next) return m.kind() == MentionKind.COUNTRY && actor(roles, m, recipient) ? m : null;
        }
        return null;
    }

    /**
     * "Russian officials said supplies of ...": a verb of saying between a country and a delivery noun parts them, unless
     * the noun is the verb's object ("Норвегия сообщила о передаче", {@link SpokenDelivery}).
     */
    private static boolean saidBetween(SentenceRoles roles, int from, int to) {
        for (int j = from; j < to; j++) {
            Lexicon.Hit said = roles.passage().cueAt(j, Lexicon.get(), "speech");
            if (said != null && !SpokenDelivery.objectOf(roles, said, to)) return true;
        }
        return false;
    }

    /**
     * The nearest country before the cue that is neither a place, a recipient, a person's ("Oekraïense minister") nor
     * a partner ("die Nederland samen met Denemarken en Duitsland doneert, zijn aangekomen": partners give alongside).
     */
    static Mention originBefore(SentenceRoles roles, List<Mention> in, int cueStart) {
        Mention found = null, previous = null;
        boolean partner = false;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            partner = partner(roles, m, previous, partner);
            previous = m;
            if (m.kind() == MentionKind.COUNTRY && !partner && !roles.isRecipient(m) && !roles.isLocation(m) && !roles.describesPerson(m)) found = m;
        }
        return found;
    }

    /**
     * In Dutch and German an indirect object without a preposition stands between the subject and
     * the final verb: the subject is an earlier actor of the same clause, not coordinated with it.
     */
    static Mention objectFirst(SentenceRoles roles, List<Mention> in, Mention nearest, boolean infinitive) {
        String language = roles.passage().language();
        if (!(language.equals("de") || language.equals("nl")) || !SentenceRoles.isState(nearest)) return null;
        Mention subject = null, plain = null;
        Mention previous = null;
        boolean partner = false;
        for (Mention m : in) {
            if (m.end() > nearest.start()) break;
            partner = partner(roles, m, previous, partner);
            previous = m;
            if (!partner && SentenceRoles.canAct(m) && actor(roles, m, null)
                    && !Objects.equals(SentenceRoles.countryOf(m), SentenceRoles.countryOf(nearest))) {
                subject = m;
                if (!roles.isSource(m)) plain = m;
            }
        }
        subject = plainBeforeSource(roles, subject, plain, roles.firstToken(nearest));
        // "Norwegen hat beschlossen, Kiew acht Flugabwehrsysteme zur Verfügung zu stellen": an infinitive clause
        // has no subject of its own, so the subject stands before the comma that opens it.
        if (subject == null || roles.coordinated(subject, nearest)
                || (!infinitive && roles.clauseBreak(roles.firstToken(subject) + 1, roles.firstToken(nearest)))) {
            return null;
        }
        return subject;
    }

    /**
     * "the Netherlands was preparing the delivery of F-16s to Ukraine", "Германия подтвердила поставку Украине", "Dänemark,
     * die Niederlande und ... haben einen Vertrag über die Lieferung ... geschlossen": a delivery noun with no giver of
     * its own is what its clause's verb is about, so that clause's subject, a state or its government body, gives to the
     * recipient the noun names. Not a partner, a source, the recipient or a country describing a company ("der deutsche Rüstungskonzern Rheinmetall");
     * not across a clause mark or a verb of saying; not with a request before the noun ("Kyiv asked for the delivery");
     * and not in a sentence telling another event about the deliveries, whose actor is no giver: a stance other than a
     * confirmation ("Russia condemned the delivery"), an inquiry ("audited the deliveries", "summoned the ambassador over deliveries") or a
     * sighting ("captured Leopards months after their delivery").
     */
    static Mention clauseSubject(SentenceRoles roles, List<Mention> in, int cueToken, Mention recipient) {
        Passage s = roles.passage();
        if (recipient == null) return null;
        int cueStart = s.tokens().get(cueToken).start();
        int lead = roles.openingClauseEnd();
        if (lead > cueStart) lead = -1;
        Mention subject = null, previous = null;
        boolean partner = false;
        for (int i = 0; i < in.size() && in.get(i).end() <= cueStart; i++) {
            Mention m = in.get(i);
            partner = partner(roles, m, previous, partner);
            previous = m;
            // A state or its government body; a person before the noun is as often the one addressed ("предложили президенту
            // США Бараку Обаме начать поставки").
            boolean state = SentenceRoles.isState(m) || SentenceRoles.isGovernmentBody(m);
            if (state && m.start() >= lead && !partner && !roles.isSource(m) && actor(roles, m, recipient) && !describesCompany(roles, in, i)
                    && !afterRole(roles, m)) {
                subject = m;
            }
        }
        if (subject == null) return null;
        int last = roles.lastToken(subject);
        // At least the verb between, and no more words than a verb group and the noun's article and adjectives.
        int between = cueToken - last - 1;
        if (between < 1 || between > CLAUSE_SUBJECT_REACH || roles.clauseBreak(last + 1, cueToken) || saidBetween(roles, last + 1, cueToken)
                || SentenceRoles.possessive(s, subject)) {
            return null;
        }
        if (roles.near(cueToken, between, 0, "request") || relativeBetween(roles, subject, cueToken)) return null;
        // Read last, as the dearest: the whole sentence's cues.
        return anotherEvent(s) ? null : subject;
    }

    /** "Germany completed the delivery of ...": a verb of completing between the subject and its delivery noun tells it happened. */
    static boolean completedBetween(SentenceRoles roles, Mention subject, int cueToken) {
        for (int j = roles.lastToken(subject) + 1; j < cueToken; j++) {
            Lexicon.Hit hit = roles.passage().cueAt(j, Lexicon.get(), "phase");
            if (hit != null && hit.cue().value().equals("done")) return true;
        }
        return false;
    }

    /**
     * True when the sentence tells an inquiry, a sighting or a stance other than a confirmation: its actor acts on the
     * deliveries it names without giving them ("Russia condemned the delivery"). "Германия подтвердила поставку": a
     * confirmation is the giver's own word on it.
     */
    static boolean anotherEvent(Passage s) {
        return tellsSightingOrInquiry(s)
                || Lexicon.get().all(s, "statement").stream().anyMatch(h -> !h.cue().value().equals("confirmation"));
    }

    private static final Categories SIGHTING_OR_INQUIRY = Lexicon.get().categories("sighting", "inquiry");

    /** True when the sentence reports a sighting or an inquiry, whose topic the goods or their delivery are, not a giving. */
    static boolean tellsSightingOrInquiry(Passage s) {
        return Lists.any(Lexicon.get().all(s, SIGHTING_OR_INQUIRY), h -> !Arrest.holdsGoodsBack(s, h));
    }

    /** "президенту США Бараку Обаме", "премьер Великобритании": a state named right after a role is that person's, who is not its subject. */
    private static boolean afterRole(SentenceRoles roles, Mention m) {
        int k = roles.firstToken(m);
        return k > 0 && roles.passage().joined(k) && roles.passage().cueAt(k - 1, Lexicon.get(), "role") != null;
    }

    /** "der deutsche Rüstungskonzern Rheinmetall", "the Czech company Excalibur": a country adjective on a company's name. */
    private static boolean describesCompany(SentenceRoles roles, List<Mention> in, int i) {
        Mention m = in.get(i);
        if (m.kind() != MentionKind.COUNTRY || i + 1 >= in.size()) return false;
        Mention next = in.get(i + 1);
        return next.kind() == MentionKind.ORGANIZATION && !SentenceRoles.canAct(next) && roles.firstToken(next) - roles.lastToken(m) <= 2
                && !roles.clauseBreak(roles.lastToken(m) + 1, roles.firstToken(next));
    }

    /** "deliveries from the U.S.", "Lieferung aus Deutschland": a source right after a delivery noun. */
    static Mention sourceAfter(SentenceRoles roles, List<Mention> in, int cueEnd, Mention recipient) {
        for (Mention m : in) {
            if (m.start() >= cueEnd && m.start() <= cueEnd + 30 && roles.isSource(m) && actor(roles, m, recipient)) return m;
        }
        return null;
    }

    /** "ont donné leur feu vert ..., comme les États-Unis, la Grande-Bretagne": donors listed after the verb. */
    static Mention listedAfter(SentenceRoles roles, List<Mention> in, int cueEnd, Mention recipient) {
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
     * Inversion ("stuurt Duitsland zware wapens", "lieferte die Bundesregierung 30 Gepard") or a passive agent ("sent by
     * Germany", "geliefert von Polen", "переданы Украине американской администрацией").
     */
    static Mention subjectAfter(SentenceRoles roles, List<Mention> in, int cueEnd, Mention recipient) {
        boolean inverted = SentenceRoles.verbLast(roles.passage());
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            if (m.start() < cueEnd || !actor(roles, m, recipient)) continue;
            if (roles.isSource(m) || roles.isInstrumental(m)) return named(roles, in, i);
            if (inverted && (m.start() <= cueEnd + 2 || articleBetween(roles, cueEnd, m))) return m;
        }
        return null;
    }

    /**
     * Articles a subject the German or Dutch verb puts after it may open with: the German nominative ones (a dative "dem",
     * "den" is an object) and the Dutch "de", "het", which have no case and so open an object too.
     */
    private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die", "das", "de", "het");

    /**
     * "Im Juni lieferte die Bundesregierung", "In juni leverde de Nederlandse regering": after a fronted word the German or
     * Dutch subject follows the verb with its article, which a body or a state's adjective has and a state's name mostly
     * lacks ("lieferte Deutschland"). A dative "der Ukraine" is the recipient, which {@link #actor} already left out.
     */
    private static boolean articleBetween(SentenceRoles roles, int cueEnd, Mention m) {
        Passage s = roles.passage();
        int k = roles.firstToken(m);
        if (k < 1 || !s.joined(k)) return false;
        Token article = s.tokens().get(k - 1);
        return article.start() <= cueEnd + 2 && NOMINATIVE_ARTICLES.contains(article.folded());
    }

    /**
     * "танки Киеву передали Германия, Польша и Канада", "цей пакет схвалив президент США": Slavic word
     * order puts the subject after the verb as freely as before it. With no subject before the verb, a
     * name in the nominative at most two words after it (a title may stand between) gives; a dative,
     * genitive or instrumental name there is the recipient, a possessor or a passive's agent instead.
     */
    static Mention slavicSubjectAfter(SentenceRoles roles, List<Mention> in, int cueEndToken, Mention recipient) {
        if (!roles.passage().ukrainianOrRussian()) return null;
        for (Mention m : in) {
            int k = roles.firstToken(m);
            if (k < cueEndToken) continue;
            if (k - cueEndToken > 2 || roles.clauseBreak(cueEndToken, k)) return null;
            if (actor(roles, m, recipient) && !roles.isSource(m) && !roles.isInstrumental(m)) return m;
        }
        return null;
    }

    /**
     * "Париж передал ... танки AMX-10RC, Лондон – Challenger, а Вашингтон – Abrams": a giving verb said once for
     * several givers, each later one followed by a dash that stands for the verb. The states so written after
     * the verb give too, and none of them receives.
     */
    static List<Mention> gapped(SentenceRoles roles, List<Mention> in, int cueEndToken) {
        Passage s = roles.passage();
        int cueEnd = s.tokens().get(cueEndToken - 1).end();
        List<Mention> out = new ArrayList<>();
        for (Mention m : in) {
            if (m.start() < cueEnd || !SentenceRoles.isState(m) || !actor(roles, m, null)) continue;
            String after = s.between(m.end(), m.end() + 3).stripLeading();
            int k = roles.firstToken(m);
            // Each such giver opens an item of a list: after a comma, or a comma and a coordinator (", а Вашингтон").
            boolean listed = k > 0 && s.between(s.tokens().get(Math.max(0, k - 2)).end(), m.start()).contains(",");
            if (listed && (after.startsWith("\u2013") || after.startsWith("\u2014"))) out.add(m);
        }
        return out;
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
        if (!(SentenceRoles.canAct(m) || supplier(m)) || m == recipient || roles.isRecipient(m) || roles.isLocation(m) || roles.isOpponent(m)
                || slavicGenitive(roles, m) || agentOfOtherParticiple(roles, m)) return false;
        // "zur Abwehr des russischen Einmarsches liefert Frankreich an die Ukraine": the recipient's enemy gives it nothing.
        return recipient == null || !Objects.equals(SentenceRoles.countryOf(m), SentenceRoles.countryOf(recipient)) && !Belligerents.atWar(m, recipient);
    }

    /**
     * "Rheinmetall liefert der Ukraine 20 weitere Schützenpanzer": a company that gives goods itself gives for its
     * country, as the labelling rules count a person or organisation for its country; it speaks for no state, so
     * {@link SentenceRoles#canAct} leaves it out elsewhere.
     */
    static boolean supplier(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.actorKind() == ActorKind.COMPANY && m.country() != null;
    }

    /**
     * "une réunion organisée par les États-Unis", "sollicité par le gouvernement ukrainien", "deren Lieferung von
     * Polen koordiniert werde", "der von Russland angegriffenen Ukraine": a passive agent belongs to the participle
     * it stands with, which English and French put before "by"/"par" and German and Dutch after the name; when
     * that participle is no giving, the agent gives nothing ("livrés par la France", "von Polen geliefert" still do).
     */
    private static boolean agentOfOtherParticiple(SentenceRoles roles, Mention m) {
        Lexicon.Hit from = roles.before(m, "from");
        if (from == null) return false;
        Passage s = roles.passage();
        String preposition = s.tokens().get(from.startToken()).folded();
        int participle = switch (s.language()) {
            case "en" -> preposition.equals("by") ? from.startToken() - 1 : -1;
            case "fr" -> preposition.equals("par") ? from.startToken() - 1 : -1;
            case "de" -> preposition.equals("von") ? roles.lastToken(m) + 1 : -1;
            case "nl" -> preposition.equals("door") ? roles.lastToken(m) + 1 : -1;
            default -> -1;
        };
        if (participle < 0 || participle >= s.tokens().size() || s.cueAt(participle, Lexicon.get(), "transfer") != null) return false;
        // The written word: folding drops the accent of "organisée".
        String w = s.tokens().get(participle).text().toLowerCase(Locale.ROOT);
        return switch (s.language()) {
            case "en" -> w.endsWith("ed");
            case "fr" -> w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées");
            // "koordiniert", "angegriffenen", "georganiseerd": a "ge-" near the start or an "-iert" verb.
            default -> w.length() > 5 && (w.indexOf("ge") >= 0 && w.indexOf("ge") <= 3 || w.contains("iert") || w.contains("eerd"))
                    && (w.endsWith("t") || w.endsWith("d") || w.endsWith("en") || w.endsWith("e"));
        };
    }

    /**
     * "Бельгія виділить кошти на підтримку України і передасть дрони", "поддержку Украины": a
     * country name in the genitive belongs to a noun and is never who acts, unless that noun is its government, authorities
     * or an office ({@link GovernedState}: "Уряд Швеції надасть"). The genitive endings of
     * names whose nominative ends in -а/-я ("Україна", "Германия", "Польща") cannot be read as a
     * nominative; plural names ("Нідерланди") and indeclinable ones ("США") are left alone.
     */
    private static boolean slavicGenitive(SentenceRoles roles, Mention m) {
        if (m.kind() != MentionKind.COUNTRY || !roles.passage().ukrainianOrRussian() || !Character.isUpperCase(m.text().charAt(0))
                || GovernedState.named(roles, m)) return false;
        String word = m.text().toLowerCase(Locale.ROOT);
        return word.endsWith("ии") || word.endsWith("ины") || word.endsWith("ши") || word.endsWith("ії") || word.endsWith("ини")
                || word.endsWith("щі");
    }

    /** The donor and the countries coordinated with it on either side. */
    static List<Mention> coordinated(SentenceRoles roles, List<Mention> in, Mention donor, Mention recipient) {
        List<Mention> states = Lists.where(in, m -> m == donor || (m.kind() == MentionKind.COUNTRY && m != recipient));
        int at = states.indexOf(donor);
        int first = at, last = at;
        while (first > 0 && roles.coordinated(states.get(first - 1), states.get(first))) first--;
        while (last < states.size() - 1 && roles.coordinated(states.get(last), states.get(last + 1))) last++;
        List<Mention> out = new ArrayList<>();
        String recipientCode = SentenceRoles.countryOf(recipient);
        for (Mention m : states.subList(first, last + 1)) {
            if (!Objects.equals(SentenceRoles.countryOf(m), recipientCode) && !Belligerents.atWar(SentenceRoles.countryOf(m), recipientCode)
                    && !roles.isRecipient(m)) out.add(m);
        }
        return out;
    }
}
