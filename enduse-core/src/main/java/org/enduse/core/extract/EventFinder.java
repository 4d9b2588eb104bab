package org.enduse.core.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.enduse.core.catalog.ActorKind;
import java.util.Set;

/**
 * Events from cues and mentions, one sentence at a time. A transfer needs a transfer verb, a
 * donor or recipient, and something given (equipment, a quantity or money), or with neither party
 * restates the transfer told before ({@link TransferContext}); a sighting a sighting
 * verb and equipment; an inquiry an inquiry word; a statement a stance verb with a speaker. The
 * sentence is the evidence; "according to", "citing", "volgens", "laut", "за даними"... name who the
 * report attributes it to.
 */
final class EventFinder {
    private EventFinder() {}

    /**
     * @param p                the paragraph
     * @param s                the sentence of it to read ({@link Passage#sentence}, cut once per sentence by the caller)
     * @param all              the paragraph's mentions
     * @param in               those inside the sentence
     * @param earlierEquipment the last equipment named in the paragraphs before this one, or null
     */
    static List<Event> find(Passage p, Passage s, List<Mention> all, List<Mention> in, String earlierEquipment,
                            Discourse discourse) {
        if (s.tokens().isEmpty()) return List.of();
        Lexicon lexicon = Lexicon.get();
        SourceCredit attribution = SourceCredit.read(s, in, lexicon);
        String attributed = attribution == null ? null : attribution.source();
        discourse.credited(attributed);
        // Mentions inside "according to the Washington Post" are the source, not the actors.
        List<Mention> actors = attribution == null ? in
                : Lists.where(in, m -> m.end() <= attribution.start() || m.start() >= attribution.end());
        List<Event> out = new ArrayList<>();
        // Negated words of the sentence before that named no speaker, for a sentence that names one.
        Discourse.Unclaimed unclaimed = discourse.takeUnclaimedDenial();
        SentenceRoles roles = new SentenceRoles(s, lexicon);
        Speakers speakers = new Speakers(roles, actors, discourse);
        Mention speaker = speakers.reporting(s, actors);
        // "..., заявил Владимир Зеленский, сообщает РИА Новости": the outlet only carried the speaker's words, he is their credit.
        String speakerCredit = OutletCredit.reportsSpeaker(attribution, in, speaker) ? speakers.source(speaker) : null;
        if (speakerCredit != null) attributed = speakerCredit;
        // "Reznikov said that three Gepards arrived": what a named speaker reports is credited to the speaker.
        String named = attributed != null ? attributed : speaker != null ? speakers.source(speaker) : null;
        // "..., the German chancellor said", "Die Bundesregierung hatte angekündigt": a role or a body speaking without a name.
        String reported = named == null ? UnnamedSpeaker.credit(roles, actors) : named;
        String antecedent = antecedent(s, all, s.start(), earlierEquipment, lexicon);
        // With no source or speaker, a transfer a person promises is credited to him ("German Chancellor Olaf Scholz pledged
        // to provide this system", Speakers.promiser), as a speaker: an outlet the next sentence names keeps off it (creditedTo).
        List<Event> transfers = TransferFinder.find(roles, actors, reported, speakers, antecedent, lexicon, discourse);
        // "Norwegian Defense Minister Gram announced the transfer of NASAMS to Ukraine": with no giver named, the speaker's state gives.
        out.addAll(AnnouncedGiver.complete(transfers, s, speaker, actors, discourse));
        boolean quoted = insideQuote(p, s.tokens().get(0).start());
        // "The ministry said: “... Many Western rifles end up on the black market.”": a quote's later sentence is its opener's claim.
        String quoteCredit = reported == null && quoted ? speakers.source(discourse.quoteOpener(p.start())) : null;
        String sightingCredit = reported != null ? reported : quoteCredit != null ? quoteCredit : discourse.lastSource();
        for (Event sighting : SightingReader.read(roles, actors, sightingCredit, antecedent, lexicon)) add(out, sighting);
        // "„Wir weisen ... zurück.“ ... erklärte Nikolenko": a quoted sentence's speaker follows the quote.
        if (speaker == null && quoted) speaker = speakers.reporting(p.sentence(s.end(), p.end()),
                all.stream().filter(m -> m.start() >= s.end()).toList());
        // "Shoigu said, “In the hope ... . According to ... on the black market.”": a quote's later sentences are its opener's words.
        if (speaker == null && quoted) speaker = discourse.quoteOpener(p.start());
        else if (speaker != null && !quoted && insideQuote(p, s.end())) discourse.quoteOpened(p.start(), speaker);
        List<Lexicon.Hit> inquiries = new ArrayList<>(lexicon.all(s, "inquiry"));
        Lexicon.Hit statement = StatementCue.first(s, lexicon);
        Lexicon.Hit split = StatementCue.separated(roles, lexicon);
        // "geht einem Bericht nach" splits as the stance verbs do, but looks into something.
        if (split != null && split.cue().value().equals("investigation")) inquiries.add(split);
        else if (statement == null) statement = split;
        statement = ConfirmedRefusal.read(statement, split, roles, actors, lexicon);
        SentenceContext context = new SentenceContext(roles, in, actors, attribution, attributed, speaker, speakers, discourse);
        for (Lexicon.Hit inquiry : inquiries) {
            // "selon un rapport de l'inspecteur général du Pentagone": an inquiry named inside the credit is the credited body's.
            int at = s.tokens().get(inquiry.startToken()).start();
            boolean credited = attribution != null && at >= attribution.start() && at < attribution.end();
            List<Mention> around = credited ? in.stream().filter(m -> m.inside(attribution.start(), attribution.end())).toList() : actors;
            // "US, Ukraine Conduct First Ever Joint Audit": one inquiry per state listed as its holder.
            List<Event> held = JointInquiry.perHolder(InquiryReader.read(context, inquiry, around), roles, around, at);
            if (!held.isEmpty() && add(out, held.get(0))) out.addAll(held.subList(1, held.size()));
        }
        out.addAll(Summons.otherEnvoys(out, s, actors, lexicon));
        Event stated = statement == null ? null : OverturnedRefusal.unlessOverturned(StatementReader.read(context, statement, out), statement, roles, out, actors);
        // "София не может передать Украине снаряды, заявил министр": with no stance verb read, a refused giving is its giver's denial,
        // before any stance the words around it imply ("не може передати ... оскільки існує загроза" refuses, it condemns no one).
        Event refused = stated == null ? refusal(context, out) : null;
        if (stated != null) out.add(stated);
        else if (refused != null) out.add(refused);
        // A stance verb the sentence negates or gives no speaker ("nog niet door het Witte Huis bevestigd") leaves no stance to imply.
        else if (statement == null) add(out, StanceWithoutVerb.read(context, out, inquiries, unclaimed));
        if (attributed == null && reported != null) {
            // "Глава МИД РФ Сергей Лавров отметил, что ...": what a named speaker states or asks is his, as a transfer he reports is.
            out.replaceAll(e -> e.attributedTo() == null && (e.type() == EventType.STATEMENT || e.type() == EventType.INQUIRY) ? e.withAttribution(reported) : e);
        }
        if (out.isEmpty()) discourse.unclaimedDenial(new ImpliedStances(context).unspokenDenial());
        for (Event e : out) if (e.type() == EventType.STATEMENT || e.type() == EventType.INQUIRY) discourse.spoke(e.by());
        discourse.read(in);
        return out;
    }

    /**
     * "Про це повідомляє Reuters", "Об этом сообщает РБК-Украина", "Про це виданню CNN розповів...":
     * a sentence that opens by pointing back credits the sentence before it. Its source (the
     * attribution, else a speaker its verb of saying names, else the first news outlet named), or
     * null when the sentence is not such a credit. "Глава МЗС ФРН Йохан Вадефуль заявив про це":
     * the pointer may also follow the verb, the speaker standing before it.
     */
    static String creditsPrevious(Passage s, List<Mention> in) {
        if (s.tokens().isEmpty()) return null;
        Lexicon lexicon = Lexicon.get();
        Lexicon.Hit pointer = lexicon.at(s, 0, "backref");
        if (pointer == null || Speakers.isCloser(pointer)) return speakerBeforePointer(s, in, lexicon);
        // "Dat heeft gevolgen voor ...": an opener points back only when its verb of saying closes the sentence.
        if (!Speakers.pointerComplete(s, pointer, lexicon)) return null;
        SourceCredit attribution = SourceCredit.read(s, in, lexicon);
        if (attribution != null) return attribution.source();
        // "Dies sagte Minister X", "Таку заяву зробив Черняк", "Об этом сообщил глава Чечни Рамзан Кадыров": what the sentence before reported is the speaker's.
        // A state there ("Das teilte die Schweizer Nichtregierungsorganisation ... mit") is no source, as Speakers.source reads.
        Mention speaker = Speakers.claiming(s, in, lexicon);
        if (speaker != null && !SentenceRoles.isState(speaker)) return TitledName.credit(s, speaker, in, lexicon);
        return in.stream().filter(m -> m.actorKind() == ActorKind.MEDIA_OUTLET).map(Mention::text).findFirst()
                .orElse(null);
    }

    /** "X заявив про це", "X заявил об этом": the speaker right before a verb of saying that a pointer back follows; else null. */
    private static String speakerBeforePointer(Passage s, List<Mention> in, Lexicon lexicon) {
        // Asked of every sentence: most hold no pointer at all, told at a glance.
        if (!s.mayHaveCue(lexicon, lexicon.bitsOf("backref"))) return null;
        for (Lexicon.Hit said : lexicon.all(s, "speech")) {
            Lexicon.Hit back = said.endToken() < s.tokens().size() ? lexicon.at(s, said.endToken(), "backref") : null;
            if (back == null || !back.cue().value().equals("back")) continue;
            int verb = s.tokens().get(said.startToken()).start();
            Mention speaker = null;
            for (Mention m : in) if (m.end() <= verb) speaker = m;
            if (speaker != null && s.between(speaker.end(), verb).isBlank() && Speakers.speaks(speaker) && !SentenceRoles.isState(speaker)) {
                return TitledName.credit(s, speaker, in, lexicon);
            }
        }
        return null;
    }

    /**
     * The events, those without a source credited to the given one. A speaker the sentence named
     * ("..., заявил Зеленский. Об этом сообщает РБК-Украина") keeps the credit: the event is told in his
     * words, the outlet only carried them, as an outlet after his words in the same sentence yields to him
     * ({@link OutletCredit#reportsSpeaker}).
     */
    static List<Event> creditedTo(List<Event> events, String source) {
        return events.stream().map(e -> e.attributedTo() != null ? e : e.withAttribution(source)).toList();
    }

    /** The denial of a giving the sentence refuses, by its giver; null when it refuses none or its giver has no country. */
    private static Event refusal(SentenceContext context, List<Event> out) {
        Lexicon.Hit refusal = StatementCue.refusal(context.roles(), context.actors(), Lexicon.get());
        Event refused = refusal == null ? null
                : OverturnedRefusal.unlessOverturned(StatementReader.read(context, refusal, out), refusal, context.roles(), out, context.actors());
        // A refusal is a state's: one whose giver has no country ("not just sending our prayers", said by a name) is none.
        return refused != null && refused.by() != null ? refused : null;
    }

    /** Adds e unless it is null or the sentence already holds an inquiry of its kind; true when added. */
    private static boolean add(List<Event> out, Event e) {
        if (e == null) return false;
        for (Event o : out) {
            // "Служба внутрішнього аудиту ... перевірили": one inquiry of a kind per sentence.
            if (o.type() == e.type() && java.util.Objects.equals(o.kind(), e.kind()) && e.type() == EventType.INQUIRY) return false;
        }
        out.add(e);
        return true;
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
     * True when more quotation marks open than close in the paragraph before the offset; straight
     * quotes ("...") open and close in turn.
     */
    private static boolean insideQuote(Passage p, int offset) {
        // Read in place: asked of every sentence, a copy of the paragraph before it each time added up.
        String text = p.text();
        int depth = 0;
        boolean straight = false;
        for (int i = Math.max(p.start(), 0), end = Math.min(offset, text.length()); i < end; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '„' || c == '“' && depth == 0) depth++;
            else if (c == '»' || c == '”' || c == '“') depth = Math.max(0, depth - 1);
            else if (c == '"') straight = !straight;
        }
        return depth > 0 || straight;
    }

    /** A country between the subject and the verb: the indirect object ("Polen hat der Ukraine ... geliefert"). */
    static Mention between(List<Mention> in, Mention subject, int verbStart) {
        if (subject == null) return null;
        return Lists.first(in, m -> m.inside(subject.end(), verbStart) && SentenceRoles.isState(m)
                && !m.country().equals(SentenceRoles.countryOf(subject)));
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
            if (m.countsGoods() && m.item() != null && names.isEmpty()) names.add(m.item());
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
        return Lists.first(in, m -> m.kind() == kind);
    }

    /** The first count of goods: a count of states ("27 EU member states") gives nothing ({@link CountedNouns#countsNoGoods}). */
    static Mention countOfGoods(Passage s, List<Mention> in) {
        return Lists.first(in, m -> m.kind() == MentionKind.QUANTITY && !CountedNouns.countsNoGoods(s, m));
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
