package org.enduse.core.extract;

import java.util.List;

/**
 * Who speaks in a sentence and for which country: the speaker of a reporting clause ("— заявив
 * Черняк", "“...,” Shapps stated", "a ajouté le Premier ministre"), a pronoun or a role standing for
 * the person named before, a person's country from the body after the name ("Matthew Miller, ein
 * Sprecher des US-Außenministeriums"), and the stance a sentence's words give (a negated stance is
 * none; calling a claim false is a denial).
 */
final class Speakers {
    /** Characters between a speaker and the speech verb after it, or after the closing quote: "…,” Shapps stated". */
    private static final int ADJACENT = 2;
    /** How far after a speech verb its speaker may stand: "said on Monday Prime Minister De Croo". */
    private static final int AFTER_VERB = 60;

    private final SentenceRoles roles;
    private final List<Mention> actors;
    private final Discourse discourse;
    private final Lexicon lexicon = Lexicon.get();
    /** The speaker last read from a role named alone, standing for the person named before. */
    private Mention roleSpeaker;

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
        for (Lexicon.Hit said : lexicon.all(s, "speech")) {
            int verbStart = s.tokens().get(said.startToken()).start();
            int after = s.tokens().get(said.endToken() - 1).end();
            // "warned that weapons aimed at Ukraine...": after "that" comes what was said.
            boolean content = said.endToken() < s.tokens().size() && s.cueAt(said.endToken(), lexicon, "complementizer") != null;
            // English and French put the speaker after the verb only in a reporting clause after the
            // words (", said the minister"); "said Ukrainian weapons..." begins what was said.
            // An auxiliary may stand between (", avait déclaré Emmanuel Macron").
            // A verb of naming ("назвали заяви безпідставними") is followed by what it names, never by its speaker.
            boolean inverted = (!(s.language().equals("en") || s.language().equals("fr")) || said.startToken() == 0
                    || own.clauseBreak(said.startToken() - 1, said.startToken())) && !said.cue().value().equals("naming");
            // "Минобороны заявило об уничтожении ВС России": the speaker right before the verb, not a name in what was said.
            for (Mention m : in) if (m.end() <= verbStart && verbStart - m.end() <= ADJACENT && speaks(m) && s.between(m.end(), verbStart).isBlank()) return m;
            for (Mention m : content || !inverted ? List.<Mention>of() : in) {
                // "said the weapons sent to Ukraine fell...": a state after a preposition is in what was said.
                boolean governed = SentenceRoles.isState(m) && (own.before(m, "to") != null || own.isSource(m) || own.isLocation(m));
                if (m.start() >= after && m.start() <= after + AFTER_VERB && speaks(m) && !governed
                        && !EventFinder.hasPunctuation(s.between(after, m.start()))) {
                    return m;
                }
            }
            Lexicon.Hit role = roleFollows(s, said.endToken());
            if (role == null) role = roleBefore(s, said.startToken(), in);
            if (role != null && discourse.lastPerson() != null) {
                // Read at the role, so that the speaker stands where the text names it.
                int start = s.tokens().get(role.startToken()).start(), end = s.tokens().get(role.endToken() - 1).end();
                roleSpeaker = discourse.lastPerson().over(s.between(start, end), start, end);
                return roleSpeaker;
            }
        }
        return null;
    }

    /**
     * How a reporting clause's speaker is credited as a source: a person or a body by its words as
     * written; a country ("Russia said") or a role read for the person before is no source. Null when none.
     */
    String source(Mention speaker) {
        // A role read for the person before ("le Premier ministre") carries the role's words, not a name.
        if (speaker == null || speaker == roleSpeaker) return null;
        return speaker.kind() == MentionKind.PERSON || speaker.kind() == MentionKind.ORGANIZATION ? speaker.text() : null;
    }

    /** A government body named without its country ("В МИД подчеркнули") after it spoke with its country ("МИД Украины"). */
    boolean knownBody(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.country() == null && discourse.bodyCountry(m.text()) != null;
    }

    /** An actor, or a person whose country the document may tell later. */
    private static boolean speaks(Mention m) {
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
     * The role noun right before the verb, with no name or body just before it: "“...,” the diplomat
     * responded", "la ministre a précisé"; else null. "Russia's defence minister said" is read by the
     * mention rules.
     */
    private Lexicon.Hit roleBefore(Passage s, int verb, List<Mention> in) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role == null || role.endToken() != verb && !(role.endToken() + 1 == verb && isAuxiliary(s, role.endToken()))) continue;
            int from = s.tokens().get(Math.max(0, k - 2)).start(), to = s.tokens().get(verb).start();
            return in.stream().anyMatch(m -> m.end() > from && m.start() < to) ? null : role;
        }
        return null;
    }

    /** French puts "a" between a role and its participle: "la ministre a précisé". */
    private static boolean isAuxiliary(Passage s, int k) {
        return s.language().equals("fr") && (s.tokens().get(k).folded().equals("a") || s.tokens().get(k).folded().equals("ont"));
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
     * The stance a statement cue gives in its sentence: none when negated ("n'a pas confirmé", "did
     * not deny"); a denial when the sentence calls the claim false ("наголосили, що інформація є
     * некоректною"). "no evidence" carries its own negation.
     */
    String stance(Lexicon.Hit cue) {
        String stance = cue.cue().value();
        if (!stance.equals("assurance") && (roles.near(cue.startToken(), 3, 0, "negation") || negatedAfter(cue))) return null;
        if (falsity()) return "denial";
        // "Брекельманс наголосив, що росіяни атакують енергетику": stressing assures only about arms.
        if (emphasisOnly(cue) && DangerWords.condemnArms(roles, actors, cue.endToken(), lexicon)) return "condemnation";
        return emphasisOnly(cue) && !armsAfter(cue) ? null : stance;
    }

    /** True when the assurance verb only stresses ("stressed", "benadrukt", "наголосив"). */
    private boolean emphasisOnly(Lexicon.Hit cue) {
        Lexicon.Hit word = roles.passage().cueAt(cue.startToken(), lexicon, "stanceword");
        return word != null && word.cue().value().equals("emphasis");
    }

    /**
     * True when the words after the cue name arms or their control: catalog equipment, a weapon noun
     * ("вся надана зброя під контролем") or a control word ("контроль полный").
     */
    private boolean armsAfter(Lexicon.Hit cue) {
        Passage s = roles.passage();
        int after = s.tokens().get(cue.endToken() - 1).end();
        if (actors.stream().anyMatch(m -> m.kind() == MentionKind.EQUIPMENT && m.start() >= after)) return true;
        return lexicon.all(s, "item", "materiel", "stanceword").stream().anyMatch(h -> h.startToken() >= cue.endToken()
                && (h.cue().category().equals("stanceword") ? h.cue().value().equals("control") : !h.cue().value().equals("PERSONS")));
    }

    /** German and Dutch close a main clause with its negation: "bestätigte den Antrag nicht", "bevestigde het bericht niet". */
    private boolean negatedAfter(Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.language().equals("de") && !s.language().equals("nl")) return false;
        for (int j = cue.endToken(); j < s.tokens().size() && !roles.clauseBreak(cue.endToken(), j); j++) {
            if (s.cueAt(j, lexicon, "negation") != null) return true;
        }
        return false;
    }

    private boolean falsity() {
        return lexicon.all(roles.passage(), "stanceword").stream().anyMatch(h -> h.cue().value().equals("false"));
    }

    /**
     * A reported denial without a stance verb: a speaker's words that negate or call something
     * false ("« Nous n'avons rien à voir », a déclaré Podolyak", "Подоляк заявив, що Україна не має до
     * них відношення"). Not when the words are about giving ("would not send tanks"): a withheld
     * transfer is no denial of a claim. Null when the sentence is no such report.
     */
    Event impliedDenial(String attributed, Mention credited, Mention quoteSpeaker) {
        Passage s = roles.passage();
        Mention speaker = speakerOfWords(s, credited);
        // A negation in a quote of several sentences or beside "he said" is seldom about a claim; words calling it false are.
        if (speaker == null && (falsity() || names(s, "diversion"))) speaker = speakerBeside(quoteSpeaker);
        if (speaker == null) return null;
        String byCode = countryOf(speaker);
        if (byCode == null || aboutGiving(s) || !negates(s, speaker)) return null;
        // "Американська зброя ... не потрапляє в чужі руки, - Держдеп": saying the arms did not go astray assures.
        if (NegatedArms.assure(roles, actors, byCode, lexicon)) return Event.statement(byCode, null, "assurance", EventFinder.equipment(actors), attributed,
                EventFinder.confidence(2, attributed), s.start(), s.end());
        return denial(byCode, EventFinder.equipment(actors), attributed, s.start(), s.end());
    }

    private boolean names(Passage s, String stanceword) {
        return lexicon.all(s, "stanceword").stream().anyMatch(h -> h.cue().value().equals(stanceword));
    }

    /**
     * "Zakharova said supplies of Western weapons found their way into the black market": a speaker
     * for a government who says arms went astray, or calls what others say propaganda, accuses,
     * whether or not a stance verb says so. Not
     * when the words negate ("no weapons were smuggled" is a denial). Null when the sentence is no such claim.
     */
    Event impliedAccusation(String attributed, Mention quoteSpeaker) {
        Passage s = roles.passage();
        // "Russland investiert viele Ressourcen in die Desinformation, erklärte Nikolenko": calling it propaganda accuses too.
        if (!names(s, "diversion") && !names(s, "disinformation") && !DangerWords.condemnArms(roles, actors, 0, lexicon)) return null;
        Mention speaker = speakerOfWords(s, null);
        if (speaker == null) speaker = speakerBeside(quoteSpeaker);
        if (speaker == null || negates(s, speaker)) return null;
        String byCode = countryOf(speaker);
        if (byCode == null) return null;
        return Event.statement(byCode, null, "condemnation", EventFinder.equipment(actors), attributed, EventFinder.confidence(2, attributed),
                s.start(), s.end());
    }

    /**
     * "“Everything is clearly controlled,” Yermak wrote", "..., sont soigneusement comptabilisées», a-t-il
     * déclaré": a speaker for a government who says arms are kept under control assures, whether or
     * not a stance verb says so. The words must name the arms (a control word alone may be a front
     * line's) and must not negate the control ("lost control", "не контролюються"). Null when the
     * sentence is no such report.
     */
    Event impliedAssurance(String attributed, Mention quoteSpeaker) {
        Passage s = roles.passage();
        boolean controlled = lexicon.all(s, "stanceword").stream().anyMatch(h -> h.cue().value().equals("control")
                && !roles.near(h.startToken(), 3, 0, "negation") && !overTerritory(h));
        if (!controlled || !NegatedArms.namesArms(s, actors, lexicon)) return null;
        Mention speaker = speakerOfWords(s, null);
        if (speaker == null) speaker = speakerBeside(quoteSpeaker);
        String byCode = speaker == null ? null : countryOf(speaker);
        if (byCode == null) return null;
        return Event.statement(byCode, null, "assurance", EventFinder.equipment(actors), attributed, EventFinder.confidence(2, attributed),
                s.start(), s.end());
    }

    /**
     * Who speaks words that hold a stance without a stance verb: the reporting clause's speaker, else
     * a government body the report credits ("..., – сказано в повідомленні МОУ") or the speaker after
     * a closing dash. Null when none.
     */
    private Mention speakerOfWords(Passage s, Mention credited) {
        Mention speaker = reporting(s, actors);
        if (speaker == null && credited != null && SentenceRoles.canAct(credited)) speaker = credited;
        return speaker != null ? speaker : dashCredit(s);
    }

    /** The speaker named after a quote of several sentences ("“...,” said the minister"), else a pronoun at the speech verb ("a-t-il déclaré", "він заявив"). */
    private Mention speakerBeside(Mention quoteSpeaker) {
        return quoteSpeaker != null ? quoteSpeaker : pronounAtSpeech();
    }

    /** "le contrôle total du sud de l'Ukraine", "control of the village": control over ground is the war's, not the arms'. */
    private boolean overTerritory(Lexicon.Hit control) {
        Passage s = roles.passage();
        int to = control.endToken();
        // Within its clause: "…controlled,” said Ukrainian minister X" names the speaker's country, not ground.
        while (to < Math.min(s.tokens().size(), control.endToken() + 6) && !roles.clauseBreak(control.endToken(), to)) to++;
        if (to == control.endToken()) return false;
        int from = s.tokens().get(control.startToken()).start(), until = s.tokens().get(to - 1).end();
        return actors.stream().anyMatch(m -> m.start() >= from && m.start() < until
                && (m.kind() == MentionKind.PLACE || m.kind() == MentionKind.COUNTRY));
    }

    /**
     * "he said", "сказав він", "a-t-il encore déclaré": a subject pronoun next to a speech verb, or
     * after French's inverting "-t-" (which only a verb put before its subject takes), stands for the
     * last person named.
     */
    private Mention pronounAtSpeech() {
        Passage s = roles.passage();
        if (s.language().equals("fr")) {
            for (int k = 0; k + 1 < s.tokens().size(); k++) {
                boolean inverted = s.tokens().get(k).folded().equals("t") && s.between(s.tokens().get(k).end(), s.tokens().get(k + 1).start()).equals("-");
                if (inverted && personPronoun(s, k + 1)) return discourse.lastPerson();
            }
        }
        for (Lexicon.Hit said : lexicon.all(s, "speech")) {
            for (int k = Math.max(0, said.startToken() - 1); k < Math.min(s.tokens().size(), said.endToken() + 2); k++) {
                if (k >= said.startToken() && k < said.endToken()) continue;
                if (personPronoun(s, k)) return discourse.lastPerson();
            }
        }
        return null;
    }

    /**
     * The sentence's negated words when it names no speaker ("Українські військові не беруть участі в
     * операції"), for the next sentence to claim; else null.
     */
    Discourse.Unclaimed unspokenDenial() {
        Passage s = roles.passage();
        if (reporting(s, actors) != null || dashCredit(s) != null || aboutGiving(s) || !negates(s, null)) return null;
        return new Discourse.Unclaimed(EventFinder.equipment(actors), s.start(), s.end());
    }

    /**
     * "Таку заяву зробив представник ГУР Міноборони Андрій Черняк", "Dies sagte Minister X": the sentence
     * names the speaker of the negated words before it, whose denial they are. Null when it is no such sentence.
     */
    Event claimedDenial(Discourse.Unclaimed words, String attributed) {
        if (words == null) return null;
        Mention speaker = claiming(roles.passage(), actors, lexicon);
        String byCode = speaker == null ? null : countryOf(speaker);
        return byCode == null ? null : denial(byCode, words.equipment(), attributed, words.start(), words.end());
    }

    /** The speaker a sentence opening "Таку заяву зробив", "Dies sagte" names: the first actor or person after those words; else null. */
    static Mention claiming(Passage s, List<Mention> in, Lexicon lexicon) {
        Lexicon.Hit back = lexicon.at(s, 0, "backref");
        if (back == null || !back.cue().value().equals("speaker")) return null;
        int after = s.tokens().get(back.endToken() - 1).end();
        return in.stream().filter(m -> m.start() >= after && m.start() <= after + AFTER_VERB && speaks(m)).findFirst().orElse(null);
    }

    /** True when the words negate or call something false, outside the speaker's own name. */
    private boolean negates(Passage s, Mention speaker) {
        for (Lexicon.Hit h : lexicon.all(s, "negation", "stanceword")) {
            int at = s.tokens().get(h.startToken()).start();
            boolean negating = h.cue().category().equals("negation") || h.cue().value().equals("none") || h.cue().value().equals("false");
            if (negating && (speaker == null || !speaker.overlaps(at, at + 1))) return true;
        }
        return false;
    }

    private static Event denial(String byCode, List<String> equipment, String attributed, int start, int end) {
        return Event.statement(byCode, null, "denial", equipment, attributed, EventFinder.confidence(2, attributed), start, end);
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
    private boolean personPronoun(Passage s, int k) {
        Lexicon.Hit pronoun = s.cueAt(k, lexicon, "stanceword");
        return pronoun != null && pronoun.cue().value().equals("person");
    }

    /**
     * True when the words are about giving to come ("would not send tanks", "не планує передавати"): a
     * withheld transfer is a policy, not a denial. "техніку, яку ЗСУ навіть не постачали" (equipment
     * never supplied) denies a claim about what happened.
     */
    private boolean aboutGiving(Passage s) {
        List<Lexicon.Hit> giving = lexicon.all(s, "transfer");
        if (giving.isEmpty()) return false;
        boolean toCome = !lexicon.all(s, "future", "infinitive").isEmpty();
        return toCome || giving.stream().anyMatch(h -> !h.cue().value().equals("delivered"));
    }

    /** "..., яку ЗСУ навіть не постачали – Міноборони": a headline credits its speaker after a closing dash. */
    private Mention dashCredit(Passage s) {
        if (actors.isEmpty()) return null;
        Mention last = actors.get(actors.size() - 1);
        // The text after the last actor first: it rarely ends the sentence, and then the text before,
        // the sentence's longest part, need not be copied.
        String after = s.between(last.end(), s.end()).strip();
        if (!after.isEmpty() && !after.equals(".")) return null;
        String before = s.between(s.start(), last.start()).stripTrailing();
        boolean dashed = before.endsWith(" –") || before.endsWith(" -") || before.endsWith(" —");
        return dashed && speaks(last) ? last : null;
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

    void inquiryHeld(String kind, String country) {
        discourse.inquiryHeld(kind, country);
    }
}
