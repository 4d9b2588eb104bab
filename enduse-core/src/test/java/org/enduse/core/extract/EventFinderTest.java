package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event constructions EventFinder and TransferFinder read, one short sentence each (written for
 * these tests), through the whole extractor with the test dictionary.
 */
class EventFinderTest {
    private static List<Event> events(String text) {
        return TestNames.EXTRACTOR.extract(TestNames.document("test", text), null).events();
    }

    private static List<Event> events(String text, EventType type) {
        return events(text).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void coordinatedDonorsGiveOneTransferEach() {
        assertThat(events("Germany and the Netherlands will send six howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactlyInAnyOrder(tuple("DE", "UA", "pledged"), tuple("NL", "UA", "pledged"));
        // "German-Dutch delivery": hyphenated adjectives before a delivery noun.
        assertThat(events("After the German-Dutch delivery of twelve howitzers, Ukraine asked for more.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status)
                .containsExactlyInAnyOrder(tuple("DE", "UA", "delivered"), tuple("NL", "UA", "delivered"));
    }

    @Test
    void listsOfDonorsAfterTheVerb() {
        assertThat(events("Plusieurs pays ont donné leur feu vert à des livraisons d'armes, comme les États-Unis, le Canada ou les Pays-Bas.",
                EventType.TRANSFER)).extracting(Event::donor, Event::status)
                .containsExactlyInAnyOrder(tuple("US", "approved"), tuple("CA", "approved"), tuple("NL", "approved"));
        assertThat(events("L'Ukraine a reçu des chars de la part de l'Allemagne, de la Norvège et du Portugal.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient)
                .containsExactlyInAnyOrder(tuple("DE", "UA"), tuple("NO", "UA"), tuple("PT", "UA"));
        assertThat(events("Die Waffen stammten aus Belgien und den USA.", EventType.TRANSFER)).extracting(Event::donor)
                .containsExactlyInAnyOrder("BE", "US");
        // A capital acting for its government.
        assertThat(events("Berlin a autorisé la livraison de chars à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "approved"));
    }

    @Test
    void twoDonorsWithTheirOwnVerbs() {
        assertThat(events("Nederland levert de houwitsers, Duitsland levert de munitie aan Oekraïne.", EventType.TRANSFER))
                .extracting(Event::donor).containsExactlyInAnyOrder("NL", "DE");
    }

    @Test
    void theRecipientFollowsToOrStandsInTheDative() {
        assertThat(events("La France a livré à l'Ukraine douze canons Caesar.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("FR", "UA", "delivered"));
        assertThat(events("Данія передасть Україні дев'ятнадцять літаків.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DK", "UA", "pledged"));
        assertThat(events("Дания передаст Украине девятнадцать самолетов.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DK", "UA"));
        // The dative object between subject and verb, without an article.
        assertThat(events("Der Iran hat Russland Hunderte Drohnen geliefert.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("IR", "RU", "delivered"));
    }

    @Test
    void aPassiveWithoutAnAgentHasNoDonor() {
        assertThat(events("Drei weitere Systeme sollen im nächsten Jahr an die Ukraine geliefert werden.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple(null, "UA", "pledged"));
        assertThat(events("Forty rifles were sent to Ukraine by Belgium.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
        // The Slavic passive names its agent in the instrumental.
        assertThat(events("Бронемашини MaxxPro були передані Україні американською адміністрацією.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("US", "UA", "delivered"));
    }

    @Test
    void receivingAndArrivingNameTheRecipientFirst() {
        assertThat(events("Die Ukraine erhielt von Deutschland zwei Flugabwehrsysteme.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
        assertThat(events("The first howitzers from Germany arrived in Ukraine on Tuesday.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "delivered"));
        assertThat(events("Україна отримає від Нідерландів сорок літаків.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NL", "UA", "pledged"));
    }

    @Test
    void statusFollowsTenseModalityAndApproval() {
        assertThat(events("Belgium pledged to supply Leopard 2 tanks to Ukraine.", EventType.TRANSFER)).extracting(Event::status)
                .containsExactly("pledged");
        assertThat(events("Poland sends forty tanks to Ukraine.", EventType.TRANSFER)).extracting(Event::status).containsExactly("pledged");
        assertThat(events("Poland sent forty tanks to Ukraine.", EventType.TRANSFER)).extracting(Event::status).containsExactly("delivered");
        assertThat(events("La France va fournir des chars légers à l'Ukraine.", EventType.TRANSFER)).extracting(Event::status)
                .containsExactly("pledged");
        assertThat(events("The Dutch government approved the delivery of three howitzers to Ukraine.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("approved");
        // A participle before the noun describes the goods; the verb is the news.
        assertThat(events("Der Botschafter sagte, es seien alle sieben versprochenen Haubitzen in der Ukraine eingetroffen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple(null, "UA", "delivered"));
        // A promise before the noun and the delivery as the final verb: the verb is the news.
        assertThat(events("Deutschland hat das erste von vier zugesagten Systemen an die Ukraine übergeben.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("DE", "delivered"));
    }

    @Test
    void negatedDeniedAndLookAlikeTransfersAreNone() {
        assertThat(events("The UK does not intend to send more tanks to Ukraine.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Scholz wilde lange geen zware tanks aan Oekraïne leveren.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Russian forces threaten Ukrainian supply lines near Bakhmut.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Kyiv denied that any rifles had been handed to fighters inside Russia.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Poland sent a letter to Germany about the tanks.", EventType.TRANSFER)).isEmpty();
        assertThat(events("США поставили Киеву условие для использования своей техники.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Міністр отримав лист від бельгійської колеги.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aDemonstrativePointsBackToEquipmentNamedBefore() {
        assertThat(events("La France a livré à l'Ukraine des canons Caesar. Ces canons ont été déployés près de Bakhmut.", EventType.SIGHTING))
                .extracting(Event::equipment).containsExactly(List.of("CAESAR howitzer"));
        List<Event> events = events("Poland delivered Leopard 2 tanks to Ukraine. These tanks were deployed near Bakhmut.");
        assertThat(events).filteredOn(e -> e.type() == EventType.SIGHTING).singleElement().satisfies(e -> {
            assertThat(e.equipment()).containsExactly("Leopard 2");
            assertThat(e.status()).isEqualTo("in_use");
        });
    }

    @Test
    void aSightingTakesItsStrongestStatus() {
        assertThat(events("The video showed two captured Leopard 2 tanks near Bakhmut.", EventType.SIGHTING)).extracting(Event::status)
                .containsExactly("captured");
        assertThat(events("Трофейні танки Leopard 2 виставили в Москві.", EventType.SIGHTING))
                .extracting(Event::status, Event::locationCountry).containsExactly(tuple("captured", "RU"));
        // A loss is a destruction; a total of losses is a statistic, not a sighting.
        assertThat(events("Les forces ukrainiennes ont perdu trois chars Leopard 2 près de Bakhmut.", EventType.SIGHTING))
                .extracting(Event::status).containsExactly("destroyed");
        assertThat(events("Au total, 543 chars ont été détruits.", EventType.SIGHTING)).isEmpty();
        // The source is the subject right before the reporting verb.
        assertThat(events("Faisant état de la destruction de trois Leopard 2 de l'armée ukrainienne, Forbes signale des pertes.",
                EventType.SIGHTING)).extracting(Event::attributedTo).containsExactly("Forbes");
        // "Had the Bradleys not arrived, the troops would have captured ...": nothing happened.
        assertThat(events("Якби бронемашини Bradley не прибули, війська захопили б позиції.", EventType.SIGHTING)).isEmpty();
    }

    @Test
    void refusalsAndNoEvidenceAreStances() {
        assertThat(events("Die Schweiz hat die Weitergabe von Munition an die Ukraine abgelehnt.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("CH", "denial"));
        assertThat(events("The United States has no evidence that weapons sent to Ukraine were diverted.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("US", "assurance"));
        // The object after the verb is whom the accusation is about, never its speaker.
        assertThat(events("The Ukrainian president accused the German government of blocking the tanks.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "condemnation"));
        // "which were confirmed to be in Ukraine": a passive names no speaker.
        assertThat(events("The Bradleys, which were confirmed to be in Ukraine in April, are tracked vehicles.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void travellersAreNoDelivery() {
        assertThat(events("The first Ukrainian pilots arrived in the United States for training on F-16 jets.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aSentenceThatPointsBackCreditsTheSentenceBefore() {
        List<Event> events = events("Данія передасть Україні десять танків Leopard 2. Про це повідомляє Reuters.");
        assertThat(events).filteredOn(e -> e.type() == EventType.TRANSFER).extracting(Event::donor, Event::attributedTo)
                .containsExactly(tuple("DK", "Reuters"));
        assertThat(events("Des photos publiées par le Washington Post montrent des fusils Scar près de Belgorod.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly("Washington Post");
    }

    @Test
    void theSpeakerOfATrailingReportingClauseActs() {
        assertThat(events("Militär und Geheimdienste hätten Ermittlungen aufgenommen, sagte der belgische Premierminister.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("BE", "investigation"));
    }

    @Test
    void theSpeakerIsTheFirstActorOfTheStanceVerbsClause() {
        // A verb-final clause: the nearest country before the verb is a genitive of the object.
        assertThat(events("Die Ukraine hat eine Erklärung Russlands über Waffenschmuggel dementiert.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        assertThat(events("Украина отвергает обвинения России в контрабанде оружия.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        assertThat(events("Україна відкидає звинувачення Росії.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aPassiveStanceVerbsAgentFollowsBy() {
        assertThat(events("The delivery of tanks to Ukraine was condemned by Russia.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("RU", "condemnation"));
        assertThat(events("Die Lieferung wurde von der Schweiz abgelehnt.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("CH", "denial"));
    }

    @Test
    void aRecipientThatPassesEquipmentOnIsItsDonor() {
        // Re-transfer by the recipient is what end-use monitoring looks for: Ukraine may be a donor too.
        assertThat(events("Ukraine handed the Belgian rifles over to Poland.", EventType.TRANSFER))
                .extracting(Event::donor).contains("UA");
    }

    @Test
    void approvalsOfAnExportOrADelivery() {
        assertThat(events("Нідерланди погодили експорт 24 літаків F-16 до України.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("NL", "approved"));
        assertThat(events("Het kabinet is het eens geraakt over een levering van wapens aan Oekraïne.", EventType.TRANSFER))
                .extracting(Event::status).containsExactly("approved");
    }

    @Test
    void whoAsksSomeoneToSendGivesNothing() {
        assertThat(events("Ukraine asked Germany to send more tanks.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Україна закликала Німеччину передати більше танків.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aParticipleAfterTheGoodsDescribesThem() {
        // The speaker of the sentence is not the giver of the weapons, and with no giver named the goods are the topic (GoodsParticipleTest).
        assertThat(events("Russian officials said the weapons sent to Ukraine ended up on the black market.", EventType.TRANSFER)).isEmpty();
        // A country adjective on the goods gives them, and a compound names the giver, not who has the goods now.
        assertThat(events("Germany said American howitzers supplied to Ukraine are in good order.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("US", "UA"));
        // In a sighting the goods' maker-giver is their history, no transfer (TransferAndSightingReadingsTest).
        assertThat(events("Russian troops destroyed US-supplied howitzers.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void anInquiryBelongsToTheBodyNamedAfterItsNoun() {
        assertThat(events("The inspector general of the Pentagon found gaps in the tracking of weapons.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("US", "audit"));
        assertThat(events("Генеральный инспектор Пентагона проверил поставки оружия.", EventType.INQUIRY))
                .extracting(Event::by, Event::kind).containsExactly(tuple("US", "audit"));
    }

    @Test
    void germanStanceVerbsWithTheirParticleAtTheClauseEnd() {
        assertThat(events("Kiew weist die Vorwürfe Moskaus entschieden zurück.", EventType.STATEMENT))
                .extracting(Event::by, Event::target, Event::stance).containsExactly(tuple("UA", "RU", "denial"));
        // "weist ... hin" (points out) closes with another particle.
        assertThat(events("Die Ukraine weist auf Lücken in der Kontrolle hin.", EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aQuotedSentencesSpeakerFollowsTheQuote() {
        assertThat(events("«Мы ждём помощи. Категорически отвергаем обвинения России», — написал министр иностранных дел Украины.",
                EventType.STATEMENT)).extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aTrailingSaidInTheMessageOfNamesTheSource() {
        assertThat(events("Российские военные уничтожили танк Leopard у границы, говорится в сообщении Минобороны.", EventType.SIGHTING))
                .extracting(Event::status, Event::attributedTo).containsExactly(tuple("destroyed", "Минобороны"));
        assertThat(events("Українські військові знищили танк Leopard біля кордону, йдеться у повідомленні Міноборони.", EventType.SIGHTING))
                .extracting(Event::status, Event::attributedTo).containsExactly(tuple("destroyed", "Міноборони"));
    }

    @Test
    void aDeliveryNounWithoutAGiverNeedsSomethingConcrete() {
        assertThat(events("Companies announced more deliveries of rifles to Ukraine.", EventType.TRANSFER)).isEmpty();
        assertThat(events("On parle de la livraison de telles armes à l'Ukraine.", EventType.TRANSFER)).isEmpty();
        // A count or named equipment makes the same noun a transfer.
        assertThat(events("Companies announced deliveries of 40 rifles to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
    }

    @Test
    void aCountryRightAfterADeliveryNounIsTheGiverWhereModifiersFollow() {
        assertThat(events("Le ministre a parlé des livraisons belges de matériel à l'Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
        assertThat(events("Міністри обговорили поставки США Україні 12 гаубиць.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("US", "UA"));
    }

    @Test
    void anOfficialNamedAfterHisBodySpeaksForItsCountry() {
        // Later the surname alone speaks; it keeps the country of the body he was first named with.
        // No role word: the given name follows the body's name directly.
        assertThat(events("Сегодня выступил сотрудник МИД Украины Олег Коваленко. «Категорически отвергаем "
                + "обвинения России», — написал Коваленко.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
        // A role, then the body, then the holder.
        assertThat(events("Сьогодні виступив речник МЗС України Олег Коваленко. «Категорично відкидаємо "
                + "звинувачення Росії», — написав Коваленко.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "denial"));
    }

    @Test
    void aSlavicBodyInTheLocativeSpeaks() {
        assertThat(events("У МЗС України наголосили, що вся зброя під контролем.", EventType.STATEMENT))
                .extracting(Event::by, Event::stance).containsExactly(tuple("UA", "assurance"));
    }

    @Test
    void actorsOfAnOpeningSubordinateClauseDoNotGive() {
        assertThat(events("Since Russia attacked Ukraine, Western states have sent Kyiv howitzers.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple(null, "UA", "delivered"));
        // "supplies of": a noun, with no country before it to give (counted, so that the giverless noun is a transfer).
        assertThat(events("Russian officials said supplies of 40 Western rifles to Ukraine found their way to criminals.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
    }

    @Test
    void aDutchStatingVerbAndACoordinatedFuture() {
        // "aangeven" (to state) shares its verb with "geven" (to give).
        assertThat(events("Duitsland gaf vorige week aan, dat de tanks klaarstaan.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Nederland heeft drie pantserhouwitsers geleverd en zou een nieuwe eenheid opleiden.", EventType.TRANSFER))
                .extracting(Event::donor, Event::status).containsExactly(tuple("NL", "delivered"));
    }

    @Test
    void slavicParticiplesOfDestruction() {
        assertThat(events("Під Бахмутом видно знищені американські бронемашини.", EventType.SIGHTING))
                .extracting(Event::status, Event::locationCountry).containsExactly(tuple("destroyed", "UA"));
        assertThat(events("Под Курском видно уничтоженный американский бронетранспортер.", EventType.SIGHTING))
                .extracting(Event::status, Event::locationCountry).containsExactly(tuple("destroyed", "RU"));
    }
}
