package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Who speaks in statements and inquiries and whom reported facts are credited to, read across a
 * report's sentences (Speakers, Discourse). Short texts written for these tests, through the whole
 * extractor with the test dictionary.
 */
class SpeakersTest {
    @Test
    void aSpeakersNegatedWordsAreADenial() {
        assertThat(events("« Nous n'avons rien à voir avec cette attaque », a déclaré le porte-parole ukrainien.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        // The speaker before the verb, after the quote.
        assertThat(events("“We have nothing to do with it,” Ukrainian minister Olena Marchuk stated.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        // Words withholding a giving refuse it: the speaker's state denies (round 35).
        assertThat(events("“We will not send more tanks,” the German minister Boris Kranz said.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("DE", "denial"));
        // Without a negation a speaker's words take no stance.
        assertThat(events("„Die Lage ist ruhig“, sagte ein Sprecher des ukrainischen Außenministeriums.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aHeadlineOrACreditNamesTheSpeakerOfNegatedWords() {
        assertThat(events("Росіяни «знищують» техніку, якої ЗСУ ніколи не отримували – МЗС України", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        assertThat(events("Volgens de Belgische minister Ine Claes is die vraag nooit gesteld.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BE", "denial"));
        // A giving to come that the words negate is refused, a denial by the giver (docs/devset.md, round 35).
        assertThat(events("Volgens de Belgische minister Ine Claes zal België geen tanks leveren.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BE", "denial"));
    }

    @Test
    void aRefusedGivingOfArmsIsItsGiversDenial() {
        assertThat(events("Болгария не будет поставлять Украине снаряды.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BG", "denial"));
        assertThat(events("Paris a décidé de ne pas envoyer de chars à Kiev.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("FR", "denial"));
        // Nothing armed is refused: "informatie" is no goods.
        assertThat(events("Eerder werd daarmee gestopt, om zo de Russen niet te veel informatie te geven.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void callingAClaimFalseIsADenial() {
        assertThat(events("МЗС України наголосило, що ця інформація є неправдивою.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aNegatedStanceIsNone() {
        assertThat(events("La Russie n'a pas confirmé la perte des chars.", EventType.STATEMENT)).isEmpty();
        assertThat(events("Die Schweiz bestätigte den Antrag nicht.", EventType.STATEMENT)).isEmpty();
        assertThat(events("Россия не подтвердила потерю танков.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aPassivesSubjectIsNotItsSpeaker() {
        assertThat(events("The Russian invasion was condemned by many governments.", EventType.STATEMENT)).isEmpty();
        assertThat(events("The Russian invasion was condemned by Poland.", EventType.STATEMENT)).extracting(Event::by).containsExactly("PL");
    }

    @Test
    void aPronounOrARoleAloneStandsForThePersonNamedBefore() {
        assertThat(events("De Nederlandse minister Kees Bakker sprak met journalisten. Hij bevestigde de cijfers.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("NL", "confirmation"));
        assertThat(events("Le Premier ministre belge Alexander De Croo a réagi. « Nous demandons aux Ukrainiens des éclaircissements », "
                + "a ajouté le Premier ministre.", EventType.INQUIRY))
                .extracting(Event::by, Event::target, Event::kind).containsExactly(tuple("BE", "UA", "explanation"));
        assertThat(events("Le ministre belge Pieter Claes a parlé aux députés. La ministre a également confirmé les livraisons.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BE", "confirmation"));
        // ", he stressed" closes a quote as a reporting clause, as ", stressed the minister" does.
        assertThat(events("The US minister John Hale spoke. “It is an ongoing process,” he stressed.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aPersonsCountryFromTheBodyAfterTheNameOrTheSpeakerBefore() {
        assertThat(events("„Wir weisen das zurück“, sagte Petra Lind, eine Sprecherin des ukrainischen Außenministeriums.", EventType.STATEMENT))
                .extracting(Event::by).containsExactly("UA");
        assertThat(events("МЗС України відкинуло звинувачення. Речник Олег Коваль заявив, що Україна не має стосунку до атак.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"), tuple("UA", "denial"));
    }

    @Test
    void aBodyWithoutItsCountrySpeaksForTheCountryItSpokeForBefore() {
        assertThat(events("МИД Украины отвергает эти заявления. В МИД подчеркнули, что контроль полный.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"), tuple("UA", "assurance"));
    }

    @Test
    void anInquiryNamedAgainKeepsItsOwner() {
        assertThat(events("The Pentagon inspector general opened an audit. The office of the inspector general will publish the audit in June.",
                EventType.INQUIRY)).extracting(Event::by, Event::kind).containsExactly(tuple("US", "audit"), tuple("US", "audit"));
        // An inquiry nobody holds and into nobody is a common noun.
        assertThat(events("Eine Untersuchung beim Arzt ersetzt das nicht.", EventType.INQUIRY)).isEmpty();
    }

    @Test
    void aReportAGovernmentBodyIssuesIsItsAudit() {
        assertThat(events("В докладе Пентагона говорится, что контроль был слабым.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("US", "audit"));
        // A state or a newspaper reports without auditing.
        assertThat(events("Россия опубликовала доклад о поставках.", EventType.INQUIRY)).isEmpty();
    }

    @Test
    void convokingAMeetingSummonsNobody() {
        assertThat(events("Les ministres se sont vus lors d'une réunion convoquée par les États-Unis.", EventType.INQUIRY)).isEmpty();
        assertThat(events("La Belgique a convoqué l'ambassadeur russe.", EventType.INQUIRY)).extracting(Event::by, Event::kind)
                .containsExactly(tuple("BE", "summons"));
    }

    @Test
    void aGermanSplitVerbThatLooksIntoSomethingIsAnInquiry() {
        assertThat(events("Belgien geht einem Zeitungsbericht über die Waffen nach.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("BE", "investigation"));
        assertThat(events("Die Delegation geht nach Berlin.", EventType.INQUIRY)).isEmpty();
    }

    @Test
    void anInquirysAddresseeIsItsTargetNotItsOwner() {
        assertThat(events("Бельгія звернеться до України з проханням пояснити атаку на російське місто.", EventType.INQUIRY))
                .extracting(Event::by, Event::target).containsExactly(tuple("BE", "UA"));
    }

    @Test
    void aRepeatedHeadlineStatesItsEventsOnce() {
        assertThat(events("Kyiv denied the reports.\n\nKyiv denied the reports.\n\nThe story goes on.", EventType.STATEMENT)).hasSize(1);
    }

    @Test
    void whatANamedSpeakerReportsIsCreditedToTheSpeaker() {
        assertThat(events("Ранее советник Ян Гагин сообщил, что танки Leopard были замечены под Артемовском.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("советник Ян Гагин"); // a titled name keeps its title (docs/devset.md, round 14)
        // An outlet credited after the sentence only carried his words: he stays the credit (round 59).
        assertThat(events("Дания передаст Украине девятнадцать самолетов F-16, заявил Олег Коваль. Об этом сообщает Reuters.",
                EventType.TRANSFER)).extracting(Event::attributedTo).containsOnly("Олег Коваль");
    }

    @Test
    void aSentenceNamingWhoSaidTheWordsBeforeMakesThemItsDenial() {
        assertThat(events("Українські військові не беруть участі в цих атаках. Таку заяву зробив речник МЗС України Олег Коваль.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        assertThat(events("Deutsche Soldaten sind an den Angriffen nicht beteiligt. Das sagte ein Sprecher des deutschen Verteidigungsministeriums.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("DE", "denial"));
        // Only the sentence right before is claimed.
        assertThat(events("Українські військові не беруть участі в цих атаках. Обстріли тривали. Таку заяву зробив речник МЗС України Олег Коваль.",
                EventType.STATEMENT)).isEmpty();
    }

    @Test
    void stressingAssuresOnlyAboutArms() {
        assertThat(events("De Belgische minister benadrukte dat alle wapens onder controle zijn.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("BE", "assurance"));
        assertThat(events("De Belgische minister benadrukte dat de gesprekken nuttig waren.", EventType.STATEMENT)).isEmpty();
        assertThat(events("Міністр оборони Польщі наголосив, що переговори були корисними.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aGovernmentSpeakerSayingArmsWentAstrayAccuses() {
        assertThat(events("Russian Foreign Ministry spokeswoman Anna Petrova said Ukrainian weapons ended up on the black market.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // Negated, the same words assure that the arms did not go astray (as the real-report labellers read it).
        assertThat(events("Представитель МИД Украины заявил, что никакого оружия на черном рынке нет.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
        // After "that" comes what was said: Ukraine is not the speaker.
        assertThat(events("Moscow warned that weapons sent to Ukraine could reach the black market.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // A pronoun at the speech verb stands for the person named before, as for assurances.
        assertThat(events("The Russian minister Ivan Orlov met his counterpart. He said Ukrainian weapons ended up on the black market.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        // A bare negation beside "he said" is seldom about a claim: no denial without words calling it false.
        assertThat(events("The Ukrainian minister Olena Marchuk met her counterpart. She said the talks would not end soon.",
                EventType.STATEMENT)).isEmpty();
        assertThat(events("The Ukrainian minister Olena Marchuk met her counterpart. She said the reports were fake.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aNegatedInquiryIsNotHeld() {
        assertThat(events("Het Nederlandse ministerie van Defensie heeft geen onderzoek ingesteld naar de wapens.", EventType.INQUIRY)).isEmpty();
        assertThat(events("La Belgique n'a pas ouvert d'enquête sur ces armes.", EventType.INQUIRY)).isEmpty();
        assertThat(events("La Belgique a ouvert une enquête sur ces armes.", EventType.INQUIRY)).extracting(Event::by).containsExactly("BE");
    }

    @Test
    void aSpeakerSayingTheArmsAreControlledAssuresWithoutAStanceVerb() {
        assertThat(events("“Every delivered rifle is registered and controlled,” Ukrainian minister Olena Marchuk wrote.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
        // The speaker of a quote of several sentences is named after its last one.
        assertThat(events("\"All delivered shells are under control. We report every month,\" Ukrainian minister Olena Marchuk said.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).contains(tuple("UA", "assurance"));
        // Control over ground is the war's, not the arms'.
        assertThat(events("“Our tanks took control of Ukraine's south,” Russian minister Igor Sokolov said.", EventType.STATEMENT)).isEmpty();
        // Lost control assures nothing.
        assertThat(events("“The rifles are not controlled,” Russian minister Igor Sokolov said.", EventType.STATEMENT))
                .extracting(Event::stance).doesNotContain("assurance");
    }

    @Test
    void frenchInversionNamesThePersonBeforeAsSpeaker() {
        assertThat(events("Le ministre Taras Koval, conseiller du président ukrainien, a parlé. « Tous les obus livrés sont comptabilisés », "
                + "a-t-il ajouté.", EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
    }

    @Test
    void sayingTheArmsDidNotGoAstrayAssuresRatherThanDenies() {
        assertThat(events("Надана зброя не потрапляє в чужі руки – МЗС України", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
    }

    @Test
    void noConfirmationAssures() {
        assertThat(events("The Polish minister Jan Nowak said Poland has no confirmation that the rifles reached Hamas.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("PL", "assurance"));
        // A role alone right before the speech verb is the person named before.
        assertThat(events("The Polish minister John Hale rejected the claim. “We have no confirmation of this,” the diplomat responded.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("PL", "denial"), tuple("PL", "assurance"));
    }

    @Test
    void callingWhatOthersSayPropagandaCondemns() {
        assertThat(events("„Russland investiert viel in Desinformation“, erklärte der ukrainische Sprecher Oleh Bondar.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "condemnation"));
        assertThat(events("Речник МЗС України звернув увагу, що ці публікації є частиною російської пропаганди.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "condemnation"));
    }

    @Test
    void theSpeakerRightBeforeTheVerbSpeaksNotANameInWhatWasSaid() {
        // A genitive after the verb ("ВС России") belongs to what was said.
        assertThat(events("Минобороны России заявило об уничтожении силами России двух танков Leopard.", EventType.SIGHTING))
                .extracting(Event::status, Event::attributedTo).containsExactly(tuple("destroyed", "Минобороны России"));
        assertThat(events("Минобороны России заявило об уничтожении украинскими войсками двух танков Leopard.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("Минобороны России");
    }

    @Test
    void whoConfirmsAGivingIsItsCredit() {
        // Round 37: the speaker right before a verb of confirming credits the giving it confirms, as a verb of saying's does.
        assertThat(events("Министр обороны Польши Мариуш Ковальский подтвердил, что Польша передала Украине танки Leopard 2.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Министр обороны Польши Мариуш Ковальский");
        assertThat(events("Polish Defence Minister Olena Marchuk confirmed that Poland delivered Leopard 2 tanks to Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Polish Defence Minister Olena Marchuk");
        // A state confirming is no credit; a name after the verb is the stance's speaker, not read as a reporting clause's.
        assertThat(events("Lithuania confirmed that it had sent Gepard systems to Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsOnlyNulls();
        assertThat(events("Nederland levert F-16's aan Oekraïne. Dat bevestigde minister Jan de Vries eerder.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void theSubjectOfAPerfectOfAnnouncingIsItsCredit() {
        // Round 51: the auxiliary stands for the verb, the participle closes the clause with words between.
        assertThat(events("Minister Boris Kranz hatte am Dienstag angekündigt, Deutschland werde der Ukraine zwölf Panzer liefern.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Minister Boris Kranz");
        assertThat(events("Minister Jan de Vries heeft dinsdag aangekondigd dat Nederland 20 tanks aan Oekraïne levert.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Minister Jan de Vries");
        // French announces in the present singular before "que"; "l'annonce" as a noun is no verb of saying.
        assertThat(events("Olena Marchuk annonce que la France va fournir six canons Caesar à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Olena Marchuk");
    }

    @Test
    void anOfficialUnnamedAfterTheVerbOfSayingIsItsCredit() {
        // Round 52: one official with no name or office, after the words, credited as written, its indefinite article kept.
        assertThat(events("La Belgique a livré à l'Ukraine quatre canons Caesar, a déclaré un responsable occidental.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("un responsable occidental");
        assertThat(events("Нідерланди передали Україні шість гаубиць PzH 2000, повідомив посадовець.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("посадовець");
        // The British spelling of the office, lower-case in a headline.
        assertThat(events("Norway will send two NASAMS systems to Ukraine, defence secretary confirms.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("defence secretary");
    }

    @Test
    void aNameWrittenAloneInACreditStaysAsWritten() {
        // Round 53: "laut Lawrow" is credited "Lawrow", not the dictionary's full name "Sergey Lavrov".
        assertThat(events("Laut Lawrow wird Frankreich der Ukraine weitere Caesar-Haubitzen liefern.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Lawrow");
        assertThat(events("Volgens Peskov levert Frankrijk Oekraïne nog zes Caesar-houwitsers.", EventType.TRANSFER))
                .extracting(Event::attributedTo).containsExactly("Peskov");
    }
}
