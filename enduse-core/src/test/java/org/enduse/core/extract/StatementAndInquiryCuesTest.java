package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enduse.core.extract.TestNames.events;

import org.junit.jupiter.api.Test;

/**
 * Statements and inquiries read from what the words say rather than from a stance verb: a
 * diplomatic note, a claim called insinuations, negated words about arms, arms called a danger and
 * a criminal case whose holder names no country (NegatedArms, DangerWords, CriminalCase,
 * InquiryTarget). Short texts written for these tests, through the whole extractor with the test
 * dictionary.
 */
class StatementAndInquiryCuesTest {
    @Test
    void aDiplomaticNoteIsALetterToTheStateNamedBeforeOrAfterIt() {
        assertThat(events("Россия направила Германии дипломатическую ноту.", EventType.INQUIRY))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("RU", "DE", "letter"));
        // What the note is about follows its noun; whom it is sent to stands before it.
        assertThat(events("Россия направила Германии ноту из-за поставок оружия Украине.", EventType.INQUIRY))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("RU", "DE", "letter"));
        assertThat(events("Russia sent a diplomatic note to Germany.", EventType.INQUIRY))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("RU", "DE", "letter"));
    }

    @Test
    void aReportNamedAgainIsTheAuditBeforeNotTheBodyItTellsOf() {
        // The SBU acts inside what the inspector general's report says: no second audit, and none held by Ukraine.
        assertThat(events("The Pentagon inspector general published a report on the weapons sent to Ukraine. "
                + "“The SBU arrested a group selling stolen rifles,” the report says.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("US", "audit"));
        assertThat(events("Генеральний інспектор Пентагону оприлюднив звіт про зброю, передану Україні. "
                + "СБУ затримала групу, яка продавала викрадені гвинтівки, йдеться у звіті.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("US", "audit"));
        // With no audit before it, a government body's report is its own audit.
        assertThat(events("The SBU published a report on stolen rifles.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("UA", "audit"));
    }

    @Test
    void callingAClaimInsinuationsDeniesIt() {
        assertThat(events("A spokesman for the Ukrainian foreign ministry said the Hungarian claims were insinuations.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void negatedWordsAboutArmsAssureUnlessTheyAnswerAnotherStatesClaim() {
        assertThat(events("« Aucune arme livrée à l’Ukraine n’a quitté le pays », a déclaré un porte-parole du gouvernement ukrainien.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
        // The other side's claim comes before the negation: the words answer it.
        assertThat(events("Росіяни «знищують» техніку, якої ЗСУ ніколи не отримували – МЗС України", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        // Words calling a claim false deny it, arms or not.
        assertThat(events("“The reports about our tanks are false,” the Ukrainian minister Olena Marchuk said.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aWarningAgainstASupplyCondemnsIt() {
        // The warning verb reads as a stance verb: its speaker may stand before a role between commas.
        assertThat(events("Dmitri Peskov, porte-parole du Kremlin, a averti que des livraisons de chars à l'Ukraine n'augureraient rien de bon.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        assertThat(events("Le Kremlin a tenu à mettre en garde les États-Unis contre de nouvelles livraisons d'armes à l'Ukraine.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // German closes the clause with the participle, the supply before it, in one word with its arms.
        assertThat(events("Moskau hat die Bundesregierung vor weiteren Panzerlieferungen an die Ukraine gewarnt.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // A warning that names no supply takes no stance.
        assertThat(events("La Pologne a averti que la Russie préparait une nouvelle offensive.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void withholdingDetailsOrACommentTakesNoStance() {
        // A refusal verb whose object is a comment or details: after it, or as a Slavic infinitive before it.
        assertThat(events("La Belgique a refusé de se prononcer sur de nouvelles livraisons.", EventType.STATEMENT)).isEmpty();
        assertThat(events("Раскрывать подробности новых поставок Литва отказалась.", EventType.STATEMENT)).isEmpty();
        // Negated words that withhold details, and a negated giving of details (no goods refused).
        assertThat(events("„Over nieuwe leveringen doen wij geen mededelingen”, zei minister Kajsa Ollongren.", EventType.STATEMENT)).isEmpty();
        assertThat(events("Germany did not provide details about the next package of tanks.", EventType.STATEMENT)).isEmpty();
        // The same refusal or negation of anything else still denies.
        assertThat(events("Литва отказалась от участия в заседании.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("LT", "denial"));
        assertThat(events("“Ukraine has nothing to do with the attack,” the Ukrainian minister Olena Marchuk said.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aSpeakerIsReadAcrossAnAuxiliaryOrAnAdverb() {
        // Auxiliaries and adverbs of time (the lexicon's "between" words) may stand between the speaker and the verb of saying.
        assertThat(events("Rusland heeft herhaaldelijk verklaard dat de wapenleveringen aan Oekraïne een gevaarlijke escalatie zijn.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        assertThat(events("Москва неоднократно заявляла, что поставки западных танков Украине являются опасной эскалацией.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // Any other word between parts them: the words have no speaker.
        assertThat(events("Russia, the paper has repeatedly warned, says Western tanks in Ukraine would be a legitimate target.",
                EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aSpeakerWhoCallsArmsADangerCondemnsThem() {
        assertThat(events("Russian Deputy Foreign Minister Sergei Ryabkov said Western tanks in Ukraine were a dangerous escalation.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // German and Dutch name the supply and its arms in one word; "waarschuwt" reports the words.
        assertThat(events("De wapenleveringen gieten olie op het vuur en kunnen onvoorspelbare gevolgen hebben, waarschuwt Rusland.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // A danger negated is none, and a danger that names no arms may be the war's.
        assertThat(events("Russian Deputy Foreign Minister Sergei Ryabkov said Western tanks in Ukraine were not a danger.",
                EventType.STATEMENT)).isEmpty();
        assertThat(events("Russian Deputy Foreign Minister Sergei Ryabkov said the situation was a dangerous escalation.",
                EventType.STATEMENT)).isEmpty();
    }

    @Test
    void theInvaderStressingWordsAboutArmsCondemnsThem() {
        // Stressing words about arms supplied assure for a side that vouches for them; for the state that invaded their receiver they condemn.
        assertThat(events("A Russian diplomat stressed that the weapons supplied to Kyiv are used to shell residential areas.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        assertThat(events("Российская сторона подчеркнула, что оружие, поставляемое Киеву, используется для обстрелов жилых кварталов.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        assertThat(events("Литовська сторона наголосила, що вся зброя, передана Україні, перебуває під суворим контролем.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("LT", "assurance"));
    }

    @Test
    void theInvaderNegatedWordsCondemn() {
        // Negated words with no stance verb deny, or assure when they name arms; spoken for the invader they condemn.
        assertThat(events("A spokeswoman for the Russian Foreign Ministry said the Western tanks would not change the situation at the front.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        assertThat(events("« Les chars occidentaux ne changeront rien sur le champ de bataille », a déclaré le porte-parole du ministère russe "
                + "des Affaires étrangères.", EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // Another state's negated words keep their stance.
        assertThat(events("“Wij hebben niets te maken met deze aanval op het depot”, zei de Oekraïense minister van Buitenlandse Zaken.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        // The invader's words that the arms did not go astray keep their assurance (round 48).
        assertThat(events("Официальный представитель МИД России заявил, что западное оружие не попадает на черный рынок.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("RU", "assurance"));
        // The invader's verb of denying keeps its denial.
        assertThat(events("Le Kremlin dément les informations faisant état de drones iraniens livrés à la Russie.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("RU", "denial"));
    }

    @Test
    void refusingToPermitAStrikeOrTheUseOfArmsIsADenial() {
        // Forms of permitting the transfer row lacks, and a permission noun whose sentence names a strike but no arms (round 54).
        assertThat(events("Die Vereinigten Staaten werden der Ukraine nicht gestatten, Ziele in Russland mit diesen Raketen anzugreifen.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("US", "denial"));
        assertThat(events("США не дозволяють Україні завдавати ударів цими ракетами по території Росії.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("US", "denial"));
        assertThat(events("США пока не предоставили разрешения на удар по территории России.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("US", "denial"));
        assertThat(events("Britain does not allow Ukraine to hit Russia with its missiles.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("GB", "denial"));
        // A permission given takes no stance, and a negated permission over neither arms nor a strike refuses nothing.
        assertThat(events("The United States allows Ukraine to strike Russian territory with the missiles.", EventType.STATEMENT)).isEmpty();
        assertThat(events("The weather did not allow the Ukrainian minister to visit the front.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aBelligerentRefusingAPermissionIsNoDenial() {
        // Review of round 54: the invader, or the invaded state refusing the invader, denies no giving of arms.
        assertThat(events("Russian air defences did not allow Ukrainian drones to hit the Crimean bridge, the Russian defence ministry said.",
                EventType.STATEMENT)).extracting(Event::stance).doesNotContain("denial");
        assertThat(events("Россия не позволит Украине использовать ракеты ATACMS, заявил Песков.", EventType.STATEMENT))
                .extracting(Event::stance).doesNotContain("denial");
        assertThat(events("Ukraine said it will not allow Russia to use captured Leopard tanks for propaganda.", EventType.STATEMENT))
                .extracting(Event::stance).doesNotContain("denial");
        // The refusal is aimed at the party refused, not the place it would strike; the object before a last verb is not the refuser.
        assertThat(events("Die Bundesregierung wird der Ukraine nicht gestatten, Taurus-Marschflugkörper gegen Ziele in Russland einzusetzen.",
                EventType.STATEMENT)).extracting(Event::by, Event::target, Event::stance).containsExactly(tuple("DE", "UA", "denial"));
        assertThat(events("De Verenigde Staten willen Oekraïne niet toestaan deze raketten op Russisch grondgebied in te zetten.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("US", "denial"));
    }

    @Test
    void stressingThatTheRecipientWillNotPassArmsOnIsAnAssurance() {
        // Review of round 54: a recipient promising not to pass the arms on assures, it refuses no giving.
        assertThat(events("Ukraine stressed that it would not transfer Western weapons to third countries, the defence ministry said.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
        assertThat(events("Die Bundesregierung betonte, dass die Ukraine die Waffen nicht an Dritte weitergeben werde.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("DE", "assurance"));
    }

    @Test
    void stressingARefusalIsADenial() {
        // "would not be sending": the progressive is no passive, its subject refuses.
        assertThat(events("The German chancellor stressed again that Germany would not be sending cruise missiles to Ukraine.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("DE", "denial"));
        assertThat(events("Der Kanzler betonte, dass Deutschland keine Marschflugkörper an die Ukraine liefern werde.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("DE", "denial"));
        // Stressing that the arms given are safe stays an assurance.
        assertThat(events("The Ukrainian defence minister stressed that all the weapons supplied are under control.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
    }

    @Test
    void confirmingARefusalIsADenial() {
        assertThat(events("The Swiss government confirmed on Tuesday that it had blocked the re-export of Gepard ammunition to Ukraine.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("CH", "denial"));
        assertThat(events("Die Schweiz lehnte die Anfrage Dänemarks ab, Munition für den Gepard an die Ukraine weiterzugeben, wie die "
                + "Regierung am Montag bestätigte.", EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("CH", "denial"));
        // A negated giving of arms is a refusal too (docs/devset.md "Labelling rules").
        assertThat(events("Belgium confirmed it would not send tanks to Ukraine.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BE", "denial"));
        // A confirmation with no refusal in its sentence stays one.
        assertThat(events("The Pentagon confirmed that the Gepard tanks had arrived in Ukraine.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("US", "confirmation"));
    }

    @Test
    void aVetoPutOrARefusalGivenIsADenial() {
        assertThat(events("La Suisse a opposé son veto à la réexportation de munitions pour le Gepard vers l'Ukraine.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("CH", "denial"));
        assertThat(events("Österreich hat der Weitergabe von Marder-Schützenpanzern an die Ukraine eine klare Absage erteilt.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("AT", "denial"));
        assertThat(events("Швейцарія наклала вето на передачу Україні боєприпасів до Gepard.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("CH", "denial"));
        // The vetoed giving is no pledge.
        assertThat(events("La Suisse a opposé son veto à la réexportation de munitions pour le Gepard vers l'Ukraine.", EventType.TRANSFER)).isEmpty();
        // Lifting a veto refuses nothing.
        assertThat(events("La Suisse a levé son veto à la livraison de munitions pour le Gepard.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aNegatedAbilityIsNoDenial() {
        assertThat(events("“Zonder nieuwe munitie kan Oekraïne het front niet houden”, zei de Nederlandse defensieminister Kees Bakker.",
                EventType.STATEMENT)).isEmpty();
        assertThat(events("« Sans cette aide, l'Ukraine ne peut pas tenir le front », a déclaré le ministre belge de la Défense.",
                EventType.STATEMENT)).isEmpty();
        // Words that negate a claim still deny it.
        assertThat(events("« Nous n'avons rien à voir avec ces livraisons », a déclaré le ministre belge de la Défense.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BE", "denial"));
    }

    @Test
    void aCriminalCaseIsHeldByTheStateWhereItIsOpened() {
        assertThat(events("In Hamburg ermitteln Polizei und Staatsanwaltschaft gegen einen Händler wegen illegaler Waffenexporte.",
                EventType.INQUIRY)).extracting(Event::by, Event::kind).containsExactly(tuple("DE", "investigation"));
        assertThat(events("Het Openbaar Ministerie in Rotterdam is een strafrechtelijk onderzoek gestart naar de smokkel van wapenonderdelen.",
                EventType.INQUIRY)).extracting(Event::by, Event::kind).containsExactly(tuple("NL", "investigation"));
        // The report set the scene before: a government body of Ukraine.
        assertThat(events("Міністерство оборони України уклало контракт з приватною фірмою. Поліція відкрила кримінальне провадження щодо "
                + "розтрати коштів.", EventType.INQUIRY)).extracting(Event::by, Event::kind).containsExactly(tuple("UA", "investigation"));
        // Nothing tells where: no holder, no event.
        assertThat(events("Поліція відкрила кримінальне провадження щодо розтрати коштів.", EventType.INQUIRY)).isEmpty();
    }
}
