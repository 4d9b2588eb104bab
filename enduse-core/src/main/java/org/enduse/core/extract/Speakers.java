package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.enduse.core.catalog.ActorKind;

/**
 * Who speaks in a sentence and for which country: the speaker of a reporting clause ("— заявив
 * Черняк", "“...,” Shapps stated", "a ajouté le Premier ministre"), a pronoun or a role standing for
 * the person named before, a person's country from the body after the name ("Matthew Miller, ein
 * Sprecher des US-Außenministeriums"), and the stance a stance verb gives in its sentence (a negated
 * stance is none; calling a claim false is a denial). Stances held without a stance verb are
 * {@link ImpliedStances}'.
 */
final class Speakers {
    /** Characters between a speaker and the speech verb after it, or after the closing quote: "…,” Shapps stated". */
    private static final int ADJACENT = 2;
    /** Auxiliaries and adverbs that may stand between a speaker and its verb: "has also repeatedly warned". */
    private static final int BETWEEN = 3;
    /** How far after a speech verb its speaker may stand: "said on Monday Prime Minister De Croo". */
    private static final int AFTER_VERB = 60;

    private final SentenceRoles roles;
    private final List<Mention> actors;
    private final Discourse discourse;
    private final Lexicon lexicon = Lexicon.get();
    /** The speaker last read from a role named alone, standing for the person named before. */
    private Mention roleSpeaker;
    /** That role's words as the report credits them ("the Dutch minister"). */
    private String roleCredit;

    Speakers(SentenceRoles roles, List<Mention> actors, Discourse discourse) {
        this.roles = roles;
        this.actors = actors;
        this.discourse = discourse;
    }

    /**
     * The speaker of a reporting clause in the passage: the actor right after a speech verb ("—
     * заявив представник Пентагону"), else right before it ("Shapps stated", "Подоляк заявив"), else
     * the person named before when the verb is followed by a role alone ("a ajouté le Premier
     * ministre"). Null when none.
     */
    Mention reporting(Passage s, List<Mention> in) {
        // The sentence after a quote is read for the quote's speaker, with its own roles.
        SentenceRoles own = s == roles.passage() ? roles : new SentenceRoles(s, lexicon);
        for (Lexicon.Hit said : verbsOfSaying(s, own)) {
            int verbStart = s.tokens().get(said.startToken()).start();
            int after = s.tokens().get(said.endToken() - 1).end();
            // "warned that weapons aimed at Ukraine...": after "that" comes what was said.
            boolean content = said.endToken() < s.tokens().size() && s.cueAt(said.endToken(), lexicon, "complementizer") != null;
            // English and French put the speaker after the verb only in a reporting clause after the
            // words (", said the minister"); "said Ukrainian weapons..." begins what was said.
            // An auxiliary may stand between (", avait déclaré Emmanuel Macron").
            // A verb of naming ("назвали заяви безпідставними") is followed by what it names, never by its speaker.
            // A verb of confirming is read for the speaker right before it only ("Зеленский подтвердил, что"): after it
            // ("Dat bevestigde minister Brekelmans") stands a stance's speaker, which the statement reader reads.
            boolean confirming = said.cue().category().equals("statement");
            boolean inverted = (!(s.language().equals("en") || s.language().equals("fr")) || said.startToken() == 0
                    || own.clauseBreak(said.startToken() - 1, said.startToken())) && !said.cue().value().equals("naming") && !confirming;
            // "Минобороны заявило об уничтожении ВС России": the speaker right before the verb, not a name in what was said.
            for (Mention m : in) {
                if (m.end() <= verbStart && speaks(m) && subjectOf(own, m, said.startToken())) {
                    Mention body = bodyAtSeat(own, in, m);
                    return body != null ? body : m;
                }
            }
            for (Mention m : content || !inverted ? List.<Mention>of() : in) {
                // "said the weapons sent to Ukraine fell...": a state after a preposition is in what was said.
                boolean governed = SentenceRoles.isState(m) && (own.before(m, "to") != null || own.isSource(m) || own.isLocation(m));
                if (m.start() >= after && m.start() <= after + AFTER_VERB && speaks(m) && !governed
                        && !EventFinder.hasPunctuation(withoutOutlets(s, in, after, m.start())) && !thatBefore(s, said.endToken(), m)) {
                    // "заявив міністр оборони Данії Трольс Лунд Поульсен": the state is his title's, he speaks.
                    Mention titled = TitledName.titledBy(s, m, in, lexicon);
                    return titled != null ? titled : m;
                }
            }
            if (confirming) continue;
            Lexicon.Hit role = roleFollows(s, said.endToken());
            if (role == null) role = roleBefore(s, said.startToken(), in);
            if (role != null && discourse.lastPerson() != null) {
                // Read at the role, so that the speaker stands where the text names it.
                int start = s.tokens().get(role.startToken()).start(), end = s.tokens().get(role.endToken() - 1).end();
                roleSpeaker = discourse.lastPerson().over(s.between(start, end), start, end);
                roleCredit = TitledName.role(s, role, in, lexicon);
                return roleSpeaker;
            }
        }
        return null;
    }

    /**
     * The credit of a person who promises the giving read at a transfer cue, standing right before the promising verb
     * ("German Chancellor Olaf Scholz pledged to provide", "le chancelier allemand Olaf Scholz avait promis à Kiev la
     * livraison"): who promises a giving announces it, and the labellers credit him as they credit an announcer
     * (docs/devset.md, labelling rules; round 55). Only a promise of that cue's giving ({@link PromisedGiving}). A state
     * or body promising is the giver, no source. Null when no person promises it.
     */
    String promiser(Lexicon.Hit cue) {
        Passage s = roles.passage();
        for (Lexicon.Hit promise : lexicon.all(s, "promise")) {
            if (!PromisedGiving.governs(roles, actors, promise, cue)) continue;
            int verbStart = s.tokens().get(promise.startToken()).start();
            for (Mention m : actors) {
                if (m.kind() == MentionKind.PERSON && m.end() <= verbStart && subjectOf(roles, m, promise.startToken())) {
                    return TitledName.credit(s, m, actors, lexicon);
                }
            }
        }
        return null;
    }

    /**
     * True when the mention stands right before the verb, or only auxiliaries and adverbs of time stand between them
     * (the lexicon's {@code between} words): "Moscow has repeatedly warned", "Moscou a à maintes reprises déclaré",
     * "В российском МИД неоднократно подчеркивали", or a role set off by commas ({@link Appositive#setOffBefore}). A name, a
     * comma or "that" between parts them otherwise.
     */
    private boolean subjectOf(SentenceRoles own, Mention m, int verb) {
        Passage s = own.passage();
        int verbStart = s.tokens().get(verb).start();
        if (verbStart - m.end() <= ADJACENT && s.between(m.end(), verbStart).isBlank()) return true;
        // "Maria Zakharova, porte-parole du ministère, a déclaré": a role set off by commas parts no subject from its verb.
        if (Appositive.setOffBefore(s, m, verb, lexicon)) return !Appositive.unsaid(s, m, lexicon);
        int k = own.lastToken(m) + 1;
        if (k >= verb || s.tokens().get(k).start() < m.end()) return false;
        for (int words = 0; k < verb && words < BETWEEN; words++) {
            Lexicon.Hit word = s.joined(k) ? s.cueAt(k, lexicon, "between") : null;
            if (word == null || word.endToken() > verb) return false;
            k = word.endToken();
        }
        return k == verb && s.joined(verb);
    }

    /**
     * The verbs of saying of the passage, then its split verbs that say or announce with words inside ("Die
     * Bundesregierung gab am Montag bekannt, dass", "Woensdag maakte Ollongren bekend dat"): the split verb
     * stands at its stem, where its subject stands next to it; then its verbs of confirming ("Зеленский подтвердил, что
     * Abrams доставлены", "Duda confirme la livraison"): who confirms a giving reports it, and is its credit as the
     * speaker of a verb of saying is (docs/devset.md, round 37, "credits in the event's own sentence").
     */
    private List<Lexicon.Hit> verbsOfSaying(Passage s, SentenceRoles own) {
        List<Lexicon.Hit> speech = lexicon.all(s, "speech");
        List<Lexicon.Hit> split = SplitVerbs.all(own, lexicon);
        List<Lexicon.Hit> confirming = Lists.where(lexicon.all(s, "statement"), hit -> hit.cue().value().equals("confirmation"));
        if (split.isEmpty() && confirming.isEmpty()) return speech;
        List<Lexicon.Hit> all = new ArrayList<>(speech);
        for (Lexicon.Hit verb : split) if (SplitVerbs.says(verb)) all.add(verb);
        all.addAll(confirming);
        return all;
    }

    /**
     * True when "that"/"dat"/"dass" stands between token k and the mention: "een land maakt bekend dat het
     * Oekraïense leger ...", the mention is in what was said, not its speaker.
     */
    private boolean thatBefore(Passage s, int k, Mention m) {
        for (; k < s.tokens().size() && s.tokens().get(k).start() < m.start(); k++) {
            if (s.cueAt(k, lexicon, "complementizer") != null) return true;
        }
        return false;
    }

    /**
     * The text between two offsets with the outlets in it left out: "рассказал aif.ru военный эксперт
     * Борис Джерелиевский" tells the outlet, and the dot of its name parts no clause.
     */
    private static String withoutOutlets(Passage s, List<Mention> in, int from, int to) {
        StringBuilder gap = new StringBuilder();
        int at = from;
        for (Mention m : in) {
            if (m.start() < at || m.end() > to || m.actorKind() != ActorKind.MEDIA_OUTLET) continue;
            gap.append(s.between(at, m.start()));
            at = m.end();
        }
        return gap.append(s.between(at, to)).toString();
    }

    /**
     * The body that sits in the state m ("У посольстві США в Україні зазначили", "the US embassy in
     * Ukraine said"): the body speaks, not its seat. Null when m is no such seat; a state alone in the
     * locative ("В Україні заявили") speaks for itself.
     */
    private static Mention bodyAtSeat(SentenceRoles roles, List<Mention> in, Mention m) {
        if (!SentenceRoles.isState(m) || !roles.isLocation(m)) return null;
        Passage s = roles.passage();
        // Only the preposition between them: "посольстві США в Україні".
        return in.stream().filter(body -> {
            if (body.kind() != MentionKind.ORGANIZATION || body.end() > m.start()) return false;
            String gap = s.between(body.end(), m.start()).strip();
            return !gap.isEmpty() && gap.indexOf(' ') < 0;
        }).findFirst().orElse(null);
    }

    /**
     * How a reporting clause's speaker is credited as a source: a person or a body by its words as
     * written, with the title or role before it ({@link TitledName}); a role read for the person before
     * by the role's words; a country ("Russia said") is no source. Null when none.
     */
    String source(Mention speaker) {
        if (speaker == null) return null;
        // A role read for the person before ("the Dutch minister wrote") is credited by the role's words, as written.
        if (speaker == roleSpeaker) return roleCredit;
        boolean named = speaker.kind() == MentionKind.PERSON || speaker.kind() == MentionKind.ORGANIZATION;
        return named ? TitledName.credit(roles.passage(), speaker, actors, lexicon) : null;
    }

    /** A government body named without its country ("В МИД подчеркнули") after it spoke with its country ("МИД Украины"). */
    boolean knownBody(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.country() == null && discourse.bodyCountry(m.text()) != null;
    }

    /** An actor, or a person whose country the document may tell later. */
    static boolean speaks(Mention m) {
        return SentenceRoles.canAct(m) || m.kind() == MentionKind.PERSON;
    }

    /** The role noun that follows the verb within a few words, with no name after it: "a ajouté le Premier ministre (photo)"; else null. */
    private Lexicon.Hit roleFollows(Passage s, int from) {
        for (int k = from; k < Math.min(s.tokens().size(), from + 3); k++) {
            if (k > from && !s.joined(k)) return null;
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role == null) continue;
            int next = role.endToken();
            // "le ministre Dedonder": a name after the role is a speaker of its own, read by the mention rules.
            boolean named = next < s.tokens().size() && s.joined(next) && s.tokens().get(next).isCapitalised();
            return named ? null : role;
        }
        return null;
    }

    /**
     * The role noun right before the verb, or one word before it, with no name or body just before it:
     * "“...,” the diplomat responded", "la ministre a précisé", "Міністр також зазначив"; else null.
     * "Russia's defence minister said" is read by the mention rules.
     */
    private Lexicon.Hit roleBefore(Passage s, int verb, List<Mention> in) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role == null || role.endToken() != verb && !(role.endToken() + 1 == verb && (isAuxiliary(s, role.endToken()) || adverb(s, role.endToken())))) continue;
            int from = s.tokens().get(Math.max(0, k - 2)).start(), to = s.tokens().get(verb).start();
            return in.stream().anyMatch(m -> m.end() > from && m.start() < to) ? null : role;
        }
        return null;
    }

    /** A lower-case word alone between a role and its verb: "Міністр також зазначив", "the minister also wrote". */
    private static boolean adverb(Passage s, int k) {
        return s.joined(k) && s.joined(k + 1) && !s.tokens().get(k).isCapitalised() && !s.tokens().get(k).isNumeric();
    }

    /** An auxiliary between a role and its participle: "la ministre a précisé", "the minister has said". */
    private boolean isAuxiliary(Passage s, int k) {
        Lexicon.Hit word = s.cueAt(k, lexicon, "between");
        return word != null && word.cue().value().equals("aux");
    }

    /**
     * The country a speaker speaks for: its own; for a person, the one this document gave the name
     * before, else the body named right after it ("Mykhailo Podolyak, conseiller du président
     * Zelensky"), else the country of the last speaker (a spokesman the dictionary does not know,
     * speaking for the body that spoke before him).
     */
    String countryOf(Mention by) {
        String country = SentenceRoles.countryOf(by);
        if (by.kind() == MentionKind.ORGANIZATION) {
            if (country != null) discourse.bodySpoke(by.text(), country);
            return country != null ? country : discourse.bodyCountry(by.text());
        }
        if (country != null || by.kind() != MentionKind.PERSON) return country;
        country = discourse.countryOf(by);
        if (country == null) country = PersonCountry.appositive(roles.passage(), actors, by, AFTER_VERB);
        if (country == null) country = PersonCountry.roleOf(roles, actors, by, lexicon);
        if (country == null) country = discourse.lastSpeaker();
        discourse.learn(by, country);
        return country;
    }

    /**
     * "Hij kan wel bevestigen", "Він наголосив", "La ministre a également confirmé": a subject pronoun,
     * or a role named alone, before the stance verb stands for the last person named.
     */
    Mention pronounBefore(int cueToken) {
        Passage s = roles.passage();
        for (int k = cueToken - 1; k >= Math.max(0, cueToken - 4); k--) {
            if (roles.clauseBreak(k + 1, cueToken)) return null;
            if (personPronoun(s, k)) return discourse.lastPerson();
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            // "Minister Pistorius bestätigte": a name after the role is a speaker of its own, read by the mention rules.
            boolean named = role != null && role.endToken() < cueToken && s.tokens().get(role.endToken()).isCapitalised();
            if (role != null && role.endToken() <= cueToken && !named) return discourse.lastPerson();
        }
        return null;
    }

    /**
     * The speaker a sentence opening "Таку заяву зробив", "Dies sagte" names: the first actor or person
     * after those words; after a bare pointer ("Об этом", "Про це") only when a verb of saying stands in
     * the sentence ("Об этом сообщил глава Чечни Рамзан Кадыров"); else null.
     */
    static Mention claiming(Passage s, List<Mention> in, Lexicon lexicon) {
        Lexicon.Hit back = lexicon.at(s, 0, "backref");
        if (back == null || isCloser(back) || !pointerComplete(s, back, lexicon)) return null;
        boolean saysWho = back.cue().value().equals("speaker") || back.cue().value().equals("opener");
        if (!saysWho && lexicon.all(s, "speech").isEmpty()) return null;
        int after = s.tokens().get(back.endToken() - 1).end();
        Mention speaker = in.stream().filter(m -> m.start() >= after && m.start() <= after + AFTER_VERB && speaks(m)).findFirst().orElse(null);
        // "Об этом заявил министр обороны Дании Троэльс Лунд Поульсен": the state is his title's.
        Mention titled = speaker == null ? null : TitledName.titledBy(s, speaker, in, lexicon);
        return titled != null ? titled : speaker;
    }

    /** True for the closing verb of a split pointer ("bekendgemaakt", "bekannt"): no pointer by itself. */
    static boolean isCloser(Lexicon.Hit pointer) {
        return pointer.cue().value().equals("closer");
    }

    /**
     * False for an opener ("Dat heeft", "Das gaben") whose closing verb of saying does not follow:
     * "Dat heeft minister Ollongren dinsdag bekendgemaakt" points back, "Dat heeft gevolgen" does not.
     * True for every other pointer.
     */
    static boolean pointerComplete(Passage s, Lexicon.Hit pointer, Lexicon lexicon) {
        if (!pointer.cue().value().equals("opener")) return true;
        for (Lexicon.Hit h : lexicon.all(s, "backref")) {
            if (h.startToken() >= pointer.endToken() && isCloser(h)) return true;
        }
        return false;
    }

    /** True when the mention is whom something is addressed to ("aux Ukrainiens", "до України"), so not its owner. */
    boolean addressed(Mention m) {
        return SentenceRoles.isState(m) && roles.before(m, "to") != null;
    }

    /** True when a subject pronoun alone stands between a comma and the cue: "“It is a process,” he stressed". */
    boolean pronounAfterComma(int cueToken) {
        Passage s = roles.passage();
        if (cueToken < 2) return false;
        return personPronoun(s, cueToken - 1) && roles.clauseBreak(cueToken - 1, cueToken - 1);
    }

    /** A subject pronoun for a person at token k: "he", "sie", "він". */
    boolean personPronoun(Passage s, int k) {
        Lexicon.Hit pronoun = s.cueAt(k, lexicon, "stanceword");
        return pronoun != null && pronoun.cue().value().equals("person");
    }

    /** Whom an inquiry is addressed to: a state in the recipient's place ("aux Ukrainiens", "до України"), not its owner. */
    Mention addressee(String ownerCode) {
        for (Mention m : actors) {
            if (addressed(m) && !m.country().equals(ownerCode)) return m;
        }
        return null;
    }

    String inquiryOwner(String kind) {
        return discourse.inquiryOwner(kind);
    }

    /**
     * True when an audit of another state than {@code country} was named before: what that state does in a later sentence
     * ("the SBU disrupted a group of arms traffickers, the report says") is what the audit found, not an inquiry of its own
     * (the real-report labellers give such sentences no inquiry, rounds 51 and 53).
     */
    boolean auditedByAnotherState(String country) {
        String auditor = inquiryOwner("audit");
        return auditor != null && !auditor.equals(country);
    }

    void inquiryHeld(String kind, String country) {
        discourse.inquiryHeld(kind, country);
    }
}
