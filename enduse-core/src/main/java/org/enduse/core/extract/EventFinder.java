package org.enduse.core.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.enduse.core.catalog.ActorKind;
import java.util.Set;

/**
 * Events from cues and mentions, one sentence at a time. A transfer needs a transfer verb, a
 * donor or recipient, and something given (equipment, a quantity or money); a sighting a sighting
 * verb and equipment; an inquiry an inquiry word; a statement a stance verb with a speaker. The
 * sentence is the evidence; "according to", "citing", "volgens", "laut", "за даними"... name who the
 * report attributes it to.
 */
final class EventFinder {
    private EventFinder() {}

    /**
     * @param all              the paragraph's mentions
     * @param in               those inside the sentence
     * @param earlierEquipment the last equipment named in the paragraphs before this one, or null
     */
    static List<Event> find(Passage p, Sentences.Span sentence, List<Mention> all, List<Mention> in, String earlierEquipment,
                            Discourse discourse) {
        Passage s = p.sentence(sentence.start(), sentence.end());
        if (s.tokens().isEmpty()) return List.of();
        Lexicon lexicon = Lexicon.get();
        SourceCredit attribution = SourceCredit.read(s, in, lexicon);
        String attributed = attribution == null ? null : attribution.source();
        discourse.credited(attributed);
        // Mentions inside "according to the Washington Post" are the source, not the actors.
        List<Mention> actors = attribution == null ? in
                : in.stream().filter(m -> m.end() <= attribution.start() || m.start() >= attribution.end()).toList();
        List<Event> out = new ArrayList<>();
        // Negated words of the sentence before that named no speaker, for a sentence that names one.
        Discourse.Unclaimed unclaimed = discourse.takeUnclaimedDenial();
        SentenceRoles roles = new SentenceRoles(s, lexicon);
        Speakers speakers = new Speakers(roles, actors, discourse);
        Mention speaker = speakers.reporting(s, actors);
        // "Reznikov said that three Gepards arrived": what a named speaker reports is credited to the speaker.
        String reported = attributed != null ? attributed : speakers.source(speaker);
        String antecedent = antecedent(s, all, sentence.start(), earlierEquipment, lexicon);
        out.addAll(TransferFinder.find(roles, actors, reported, antecedent, lexicon, discourse));
        Lexicon.Hit sighting = strongest(lexicon.all(s, "sighting"));
        if (sighting != null && !roles.near(sighting.startToken(), 3, 2, "conditional") && !foreseen(roles, sighting)) {
            add(out, sighting(roles, sighting, actors, reported != null ? reported : discourse.lastSource(), antecedent, questioned(s, lexicon)));
        }
        if (attributed == null && reported != null) out.forEach(discourse::creditedToSpeaker);
        // "„Wir weisen ... zurück.“ ... erklärte Nikolenko": a quoted sentence's speaker follows the quote.
        if (speaker == null && insideQuote(p, s.tokens().get(0).start())) speaker = speakers.reporting(p.sentence(sentence.end(), p.end()),
                all.stream().filter(m -> m.start() >= sentence.end()).toList());
        List<Lexicon.Hit> inquiries = new ArrayList<>(lexicon.all(s, "inquiry"));
        Lexicon.Hit statement = StatementCue.first(s, lexicon);
        Lexicon.Hit split = separated(roles, lexicon);
        // "geht einem Bericht nach" splits as the stance verbs do, but looks into something.
        if (split != null && split.cue().value().equals("investigation")) inquiries.add(split);
        else if (statement == null) statement = split;
        SentenceContext context = new SentenceContext(roles, in, actors, attribution, attributed, speaker, speakers, discourse);
        for (Lexicon.Hit inquiry : inquiries) {
            // "selon un rapport de l'inspecteur général du Pentagone": an inquiry named inside the credit is the credited body's.
            int at = s.tokens().get(inquiry.startToken()).start();
            boolean credited = attribution != null && at >= attribution.start() && at < attribution.end();
            List<Mention> around = credited ? in.stream().filter(m -> m.inside(attribution.start(), attribution.end())).toList() : actors;
            if (!denied(roles, inquiry)) add(out, inquiry(s, inquiry, around, attributed, speaker, speakers, discourse));
        }
        out.addAll(Summons.otherEnvoys(out, s, actors, lexicon));
        if (statement != null) add(out, statement(roles, statement, actors, attributed, speaker, speakers));
        else add(out, StanceWithoutVerb.read(context, out, inquiries, unclaimed));
        if (out.isEmpty()) discourse.unclaimedDenial(speakers.unspokenDenial());
        for (Event e : out) if (e.type() == EventType.STATEMENT || e.type() == EventType.INQUIRY) discourse.spoke(e.by());
        discourse.read(in);
        return out;
    }

    /**
     * "Про це повідомляє Reuters", "Об этом сообщает РБК-Украина", "Про це виданню CNN розповів...":
     * a sentence that opens by pointing back credits the sentence before it. Its source (the
     * attribution, else the first news outlet named), or null when the sentence is not such a credit.
     */
    static String creditsPrevious(Passage p, Sentences.Span sentence, List<Mention> in) {
        Passage s = p.sentence(sentence.start(), sentence.end());
        Lexicon lexicon = Lexicon.get();
        if (s.tokens().isEmpty() || lexicon.at(s, 0, "backref") == null) return null;
        SourceCredit attribution = SourceCredit.read(s, in, lexicon);
        if (attribution != null) return attribution.source();
        // "Dies sagte Minister X", "Таку заяву зробив Черняк": what the sentence before reported is the speaker's.
        if (lexicon.at(s, 0, "backref").cue().value().equals("speaker")) {
            Mention speaker = Speakers.claiming(s, in, lexicon);
            if (speaker != null) return speaker.kind() == MentionKind.PERSON && speaker.name() != null ? speaker.name() : speaker.text();
        }
        return in.stream().filter(m -> m.actorKind() == ActorKind.MEDIA_OUTLET).map(Mention::text).findFirst()
                .orElse(null);
    }

    /**
     * The events, those without a source credited to the given one. A speaker the sentence named
     * ("..., заявил Зеленский. Об этом сообщает РБК-Украина") yields to the outlet that reports him.
     */
    static List<Event> creditedTo(List<Event> events, String source, Discourse discourse) {
        return events.stream().map(e -> e.attributedTo() != null && !discourse.isCreditedToSpeaker(e) ? e : e.withAttribution(source)).toList();
    }

    private static void add(List<Event> out, Event e) {
        if (e == null) return;
        for (Event o : out) {
            // "Служба внутрішнього аудиту ... перевірили": one inquiry of a kind per sentence.
            if (o.type() == e.type() && java.util.Objects.equals(o.kind(), e.kind()) && e.type() == EventType.INQUIRY) return;
        }
        out.add(e);
    }

    /**
     * True when the sentence denies, assures or inquires: "Kyiv denied that weapons were used", "no
     * sign that the weapons were used elsewhere", "asked how the weapons were used".
     */
    private static boolean questioned(Passage s, Lexicon lexicon) {
        // A report or a meeting convened questions nothing.
        if (lexicon.all(s, "inquiry").stream().anyMatch(h -> !h.cue().value().equals("report") && !h.cue().value().equals("none"))) return true;
        return lexicon.all(s, "statement").stream().anyMatch(h -> h.cue().value().equals("denial") || h.cue().value().equals("assurance"));
    }

    /**
     * "the howitzers will be deployed", "de houwitsers zullen worden ingezet", "pourront être
     * utilisés": a use to come is no sighting. German "werden" is also the passive and "soll" reports
     * a claim, Dutch "zou" likewise, and Slavic "має" also means "has": those languages and words are
     * not read so.
     */
    private static boolean foreseen(SentenceRoles roles, Lexicon.Hit sighting) {
        Passage s = roles.passage();
        String language = s.language();
        if (!(language.equals("en") || language.equals("fr") || language.equals("nl"))) return false;
        // Dutch may put the modal after the participle: "ingezet kunnen worden".
        int from = Math.max(0, sighting.startToken() - 3), to = Math.min(s.tokens().size(), sighting.endToken() + (language.equals("nl") ? 2 : 0));
        for (int k = from; k < to; k++) {
            if (k >= sighting.startToken() && k < sighting.endToken()) continue;
            boolean sameClause = k < sighting.startToken() ? !roles.clauseBreak(k + 1, sighting.startToken()) : !roles.clauseBreak(sighting.endToken(), k);
            Lexicon.Hit modal = s.cueAt(k, Lexicon.get(), "future");
            if (sameClause && modal != null && !modal.cue().value().equals("reportative")) return true;
        }
        return false;
    }

    /** "showed two captured tanks", "used Leopards, with units damaged and destroyed": a capture or loss outweighs a use. */
    private static Lexicon.Hit strongest(List<Lexicon.Hit> hits) {
        for (Lexicon.Hit h : hits) if (!h.cue().value().equals("in_use")) return h;
        return first(hits);
    }

    /**
     * The equipment a demonstrative points back to ("Ces canons ont été déployés", "30 dieser
     * Panzer"): the last equipment named earlier in the paragraph, else in the paragraphs before it
     * (news agencies write a paragraph a sentence), when this sentence names none.
     */
    private static String antecedent(Passage s, List<Mention> paragraph, int sentenceStart, String earlierEquipment, Lexicon lexicon) {
        boolean pointsBack = false;
        for (Lexicon.Hit item : lexicon.all(s, "item", "materiel")) {
            int k = item.startToken();
            // "ces canons", "these two tanks": the demonstrative may stand one word before the noun.
            for (int back = 1; back <= 2 && k - back >= 0; back++) {
                Lexicon.Hit d = lexicon.at(s, k - back, "demonstrative");
                if (d != null && d.cue().value().equals("this") && s.joined(k - back + 1)) pointsBack = true;
            }
        }
        // "Ils ont été déployés en juin": a sentence that opens with a plural pronoun speaks of what was named before.
        Lexicon.Hit opening = lexicon.at(s, 0, "demonstrative");
        if (opening != null && opening.cue().value().equals("pronoun")) pointsBack = true;
        if (!pointsBack) return null;
        String last = earlierEquipment;
        for (Mention m : paragraph) {
            if (m.start() >= sentenceStart) break;
            if (m.kind() == MentionKind.EQUIPMENT) last = m.name();
        }
        return last;
    }

    /**
     * A German stance verb whose particle closes the clause: "weist die Vorwürfe entschieden zurück",
     * "lehnte den Antrag ab", or "geht einem Bericht nach" (looks into it). The hit is the verb's; its
     * value the stance (or the inquiry's kind) the particle completes.
     */
    private static Lexicon.Hit separated(SentenceRoles roles, Lexicon lexicon) {
        Passage s = roles.passage();
        for (Lexicon.Hit stem : lexicon.all(s, "stancestem")) {
            for (int k = stem.endToken(); k < s.tokens().size(); k++) {
                if (roles.clauseBreak(stem.endToken(), k)) break;
                Lexicon.Hit particle = s.cueAt(k, lexicon, "stanceparticle");
                boolean closes = k + 1 == s.tokens().size() || roles.clauseBreak(k + 1, k + 1);
                if (particle != null && closes && particle.cue().value().equals(stem.cue().value())) return stem;
            }
        }
        return null;
    }

    /**
     * True when more quotation marks open than close in the paragraph before the offset; straight
     * quotes ("...") open and close in turn.
     */
    private static boolean insideQuote(Passage p, int offset) {
        String before = p.between(p.start(), offset);
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '«' || c == '„' || c == '“' && depth == 0) depth++;
            else if (c == '»' || c == '”' || c == '“') depth = Math.max(0, depth - 1);
            else if (c == '"') straight = !straight;
        }
        return depth > 0 || straight;
    }

    private static Event sighting(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, String attributed, String antecedent, boolean questioned) {
        Passage s = roles.passage();
        List<String> equipment = equipment(in, antecedent);
        boolean generic = equipment.isEmpty();
        // Generic arms in a denied or questioned use are the topic, not a report of a sighting.
        if (generic && questioned) return null;
        // "Au total, 543 chars ont été détruits": a total of unnamed equipment is a statistic.
        boolean named = in.stream().anyMatch(m -> m.kind() == MentionKind.EQUIPMENT);
        if (!named && antecedent == null && !Lexicon.get().all(s, "total").isEmpty()) return null;
        if (generic) equipment = items(s);
        if (equipment.isEmpty()) return null;
        Mention place = firstOf(in, MentionKind.PLACE);
        String locationCountry = place != null ? place.country() : SightingParties.locationCountry(roles, in);
        Mention holder = SightingParties.holder(roles, cue, in);
        // "en service au sein des forces ukrainiennes": without a place, a force is where its country is.
        if (locationCountry == null && holder != null) locationCountry = holder.country();
        // "weapons were used" alone says too little: a generic noun needs a where or a who, or two
        // countries in the sentence ("Russian groups use Belgian weapons": whose arms, whose hands).
        long countries = in.stream().filter(m -> m.kind() == MentionKind.COUNTRY).map(Mention::code).distinct().count();
        if (generic && place == null && locationCountry == null && holder == null && countries < 2) return null;
        int filled = count(place, locationCountry, holder, generic ? null : "equipment");
        return new Event(EventType.SIGHTING, null, null, equipment, null, null, null, cue.cue().value(), locationCountry,
                place == null ? null : place.name(), holder == null ? null : holder.name(), null, null, null, null, attributed,
                confidence(filled, attributed), s.start(), s.end());
    }

    private static Event inquiry(Passage s, Lexicon.Hit cue, List<Mention> in, String attributed, Mention speaker, Speakers speakers,
                                Discourse discourse) {
        int cueStart = s.tokens().get(cue.startToken()).start();
        Mention by = InquiryOwner.namedBy(in, cueStart);
        if (by == null) by = in.stream().filter(m -> m.end() <= cueStart && SentenceRoles.canAct(m) && m.country() != null
                && !speakers.addressed(m)).findFirst().orElse(null);
        if (by == null) by = InquiryOwner.after(s, cue, in);
        if (by == null && speaker != null && speaker.start() > cueStart) by = speaker;
        String kind = cue.cue().value();
        if (kind.equals("none")) return null;
        // "створення тимчасової слідчої комісії": a commission a state sets up looks into its own side unless the sentence names another.
        boolean commission = kind.equals("commission"), criminal = kind.equals("criminal");
        if (commission || criminal) kind = "investigation";
        if (kind.equals("report")) {
            if (!issuedByGovernment(by)) return null;
            kind = "audit";
        }
        String byCode = by == null ? speakers.inquiryOwner(kind) : speakers.countryOf(by);
        if (byCode == null && criminal) byCode = CriminalCase.jurisdiction(s, in, discourse);
        Mention target = InquiryTarget.of(speakers, in, by, byCode, cueStart, kind);
        String targetCode = target == null ? (commission ? byCode : null) : target.country();
        String inquirer = byCode;
        String envoy = kind.equals("summons") ? Summons.envoyState(s, in, Lexicon.get()) : null;
        if (envoy != null) {
            targetCode = envoy;
            Set<String> envoys = Summons.envoys(s, in, envoy, Lexicon.get());
            if (inquirer == null || envoys.contains(inquirer)) inquirer = Summons.summoner(in, envoys);
        }
        // "Une enquête ... chez votre médecin", "wordt onderzocht": an inquiry nobody holds and into nobody is a common noun.
        if (inquirer == null && targetCode == null && attributed == null) return null;
        speakers.inquiryHeld(kind, inquirer);
        int filled = count(inquirer, targetCode, "kind");
        return new Event(EventType.INQUIRY, null, null, equipment(in), null, null, null, null, null, null, null, inquirer,
                targetCode, kind, null, attributed, confidence(filled, attributed), s.start(), s.end());
    }

    /**
     * "heeft geen onderzoek ingesteld", "n'a pas ouvert d'enquête", "не проводило расследования",
     * "keinerlei Prüfung": an inquiry the clause negates was not held.
     */
    private static boolean denied(SentenceRoles roles, Lexicon.Hit inquiry) {
        if (roles.near(inquiry.startToken(), 3, 0, "negation")) return true;
        Lexicon.Hit none = inquiry.startToken() == 0 ? null : roles.passage().cueAt(inquiry.startToken() - 1, Lexicon.get(), "stanceword");
        return none != null && none.cue().value().equals("none");
    }

    /** True for a government body or force that can issue an audit's report; a state, a person or a newspaper reports otherwise. */
    private static boolean issuedByGovernment(Mention by) {
        return by != null && by.kind() == MentionKind.ORGANIZATION && by.country() != null && (by.actorKind() == null
                || by.actorKind() == ActorKind.GOVERNMENT_BODY || by.actorKind() == ActorKind.ARMED_FORCE);
    }

    private static Event statement(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, String attributed, Mention speaker,
                                   Speakers speakers) {
        Passage s = roles.passage();
        int cueStart = s.tokens().get(cue.startToken()).start();
        // ", confirmed the chancellor" closes a sentence as a reporting clause, not as a stance; so does "…,” he stressed".
        if (cue.startToken() > 0 && s.between(s.tokens().get(cue.startToken() - 1).end(), cueStart).contains(",")
                && !Appositive.closesBefore(s, cue.startToken(), in, Lexicon.get())) return null;
        if (speakers.pronounAfterComma(cue.startToken())) return null;
        String stance = speakers.stance(cue);
        if (stance == null) return null;
        Mention by = passive(roles, cue, in);
        // "was condemned by the international community": a passive's subject is who the stance is about, never its speaker.
        if (by == null && passiveAuxiliary(roles, cue)) return null;
        if (by == null) by = speakerBefore(roles, cue, in, speakers);
        if (by == null && speaker != null && speaker.start() > cueStart) by = speaker;
        if (by == null) by = speakers.pronounBefore(cue.startToken());
        if (by == null) return null;
        String byCode = speakers.countryOf(by);
        Mention target = in.stream().filter(m -> m.start() > cueStart && m.kind() == MentionKind.COUNTRY && !m.country().equals(byCode))
                .findFirst().orElse(null);
        // "hat eine Erklärung Russlands dementiert": the verb comes last, its object before it.
        if (target == null) target = between(in, by, cueStart);
        int filled = count(byCode, target, "stance");
        return Event.statement(byCode, target == null ? null : target.country(), stance, equipment(in), attributed, confidence(filled, attributed),
                s.start(), s.end());
    }

    /**
     * The speaker before a stance verb: the first actor of the verb's clause, since what follows it
     * is the verb's object or a genitive ("Das Außenministerium der Ukraine hat eine Erklärung des
     * chinesischen Außenministeriums dementiert"); else the nearest actor before the clause. The
     * speaker is not inside "von Deutschland", "an die Ukraine", "in Russia".
     */
    private static Mention speakerBefore(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, Speakers speakers) {
        Passage s = roles.passage();
        int cueStart = s.tokens().get(cue.startToken()).start();
        // "les groupes qui ont reconnu", "the groups which denied": the relative pronoun stands for the noun before it.
        for (int k = Math.max(0, cue.startToken() - 2); k < cue.startToken(); k++) {
            if (s.cueAt(k, Lexicon.get(), "relpronoun") != null) {
                int pronounStart = s.tokens().get(k).start();
                return in.stream().filter(m -> m.end() <= pronounStart && s.between(m.end(), pronounStart).strip().replace(",", "").isEmpty()
                        && SentenceRoles.canAct(m)).findFirst().orElse(null);
            }
        }
        // "У МЗС України наголосили", "В МИД подчеркнули": a Slavic body in the locative speaks for itself.
        boolean slavic = s.ukrainianOrRussian();
        Mention nearest = null, clauseFirst = null;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            boolean bodySpeaks = slavic && m.kind() == MentionKind.ORGANIZATION && roles.isLocation(m);
            if (!(SentenceRoles.canAct(m) || m.kind() == MentionKind.PERSON || speakers.knownBody(m)) || (SentenceRoles.isState(m) && roles.isRecipient(m))
                    || roles.isSource(m) || (roles.isLocation(m) && !bodySpeaks)) {
                continue;
            }
            nearest = m;
            boolean sameClause = !roles.clauseBreak(roles.lastToken(m) + 1, cue.startToken());
            if (sameClause && clauseFirst == null) clauseFirst = m;
            if (!sameClause) clauseFirst = null;
        }
        return clauseFirst != null ? clauseFirst : nearest;
    }

    /** "was condemned by the EU", "wurde von Berlin abgelehnt": a passive stance verb's agent follows "by"/"von"/"par". */
    private static Mention passive(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        if (!passiveAuxiliary(roles, cue)) return null;
        for (Mention m : in) {
            if (SentenceRoles.canAct(m) && roles.isSource(m) && !roles.clauseBreak(cue.endToken(), roles.firstToken(m))) return m;
        }
        return null;
    }

    /** True when a passive auxiliary stands before the stance verb in its clause. */
    private static boolean passiveAuxiliary(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        // German and Dutch put the participle last: "wurde von der Schweiz abgelehnt".
        int window = s.language().equals("de") || s.language().equals("nl") ? 8 : 2;
        for (int k = Math.max(0, cue.startToken() - window); k < cue.startToken(); k++) {
            if (s.cueAt(k, Lexicon.get(), "passiveaux") != null && !roles.clauseBreak(k + 1, cue.startToken())) return true;
        }
        return false;
    }

    /** A country between the subject and the verb: the indirect object ("Polen hat der Ukraine ... geliefert"). */
    static Mention between(List<Mention> in, Mention subject, int verbStart) {
        if (subject == null) return null;
        return in.stream().filter(m -> m.inside(subject.end(), verbStart) && SentenceRoles.isState(m)
                && !m.country().equals(SentenceRoles.countryOf(subject))).findFirst().orElse(null);
    }

    static boolean hasPunctuation(String gap) {
        for (int i = 0; i < gap.length(); i++) if (",.;:".indexOf(gap.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * The sentence's equipment, or the equipment a demonstrative points back to when it names none
     * (a count's own noun, "30 dieser Panzer", is the pointer, not the equipment).
     */
    static List<String> equipment(List<Mention> in, String antecedent) {
        if (antecedent != null && in.stream().noneMatch(m -> m.kind() == MentionKind.EQUIPMENT)) return List.of(antecedent);
        return equipment(in);
    }

    static List<String> equipment(List<Mention> in) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : in) if (m.kind() == MentionKind.EQUIPMENT) names.add(m.name());
        for (Mention m : in) {
            if (m.kind() == MentionKind.QUANTITY && m.item() != null && !"persons".equals(m.unit()) && names.isEmpty()) names.add(m.item());
        }
        return List.copyOf(names);
    }

    static List<String> items(Passage s) {
        Set<String> found = new LinkedHashSet<>();
        for (Lexicon.Hit item : Lexicon.get().all(s, "item", "materiel")) {
            if (!item.cue().value().equals("PERSONS")) found.add(s.span(item.startToken(), item.endToken()));
        }
        return List.copyOf(found);
    }

    static Mention lastBefore(List<Mention> in, int before, MentionKind... kinds) {
        Mention found = null;
        for (Mention m : in) {
            if (m.end() > before) break;
            for (MentionKind k : kinds) if (m.kind() == k && m.country() != null) found = m;
        }
        return found;
    }

    static Mention firstOf(List<Mention> in, MentionKind kind) {
        return in.stream().filter(m -> m.kind() == kind).findFirst().orElse(null);
    }

    static Lexicon.Hit first(List<Lexicon.Hit> hits) {
        return hits.isEmpty() ? null : hits.get(0);
    }

    static int count(Object... values) {
        int n = 0;
        for (Object v : values) if (v != null) n++;
        return n;
    }

    static double confidence(int filled, String attributed) {
        double c = 0.35 + 0.12 * filled + (attributed != null ? 0.05 : 0);
        return BigDecimal.valueOf(Math.min(0.9, c)).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
