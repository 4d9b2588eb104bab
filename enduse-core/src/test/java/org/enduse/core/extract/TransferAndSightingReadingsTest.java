package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enduse.core.extract.TestNames.events;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transfer and sighting constructions of the third round on real reports, one short sentence each
 * (written for these tests), through the whole extractor with the test dictionary.
 */
class TransferAndSightingReadingsTest {
    @Test
    void aPackagesContentsContinueTheTransferToldBefore() {
        assertThat(events("Canada will send 20 armoured vehicles to Ukraine. The package includes four howitzers.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status, Event::equipment)
                .containsExactly(tuple("CA", "UA", "pledged", List.of("armoured vehicles")), tuple("CA", "UA", "pledged", List.of("howitzers")));
        assertThat(events("Polen hat der Ukraine Militärhilfe geliefert. Dazu zählen acht Haubitzen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("PL", "UA", "delivered"), tuple("PL", "UA", "delivered"));
        assertThat(events("Данія передала Україні допомогу. Пакет включає вісім гаубиць.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DK", "UA", "delivered"), tuple("DK", "UA", "delivered"));
        // Contents with no transfer told before them, or what a system is made of, tell no transfer.
        assertThat(events("The package includes four howitzers.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Polen hat der Ukraine Militärhilfe geliefert. Das Luftabwehrsystem enthält drei Fahrzeuge.", EventType.TRANSFER))
                .hasSize(1);
    }

    @Test
    void anEquipmentNameInsideACountAfterAPartnerIsNoListItem() {
        // Batch 14 de-04 once stopped extraction: after "mit" made a count a partner, the equipment inside the next count
        // overlaps it, and asking whether the two are coordinated read the text backwards.
        assertThat(events("Die Ukraine hat von Deutschland 900 Panzerfäuste mit 3000 Schuss Munition und 15 Leopard mit 50 Raketen erhalten.",
                EventType.TRANSFER)).extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"));
    }

    @Test
    void aSentenceOpeningWithAPluralPronounSightsTheEquipmentNamedBefore() {
        assertThat(events("La France a livré six canons Caesar à l'Ukraine. Ils ont été déployés près de Bakhmout.", EventType.SIGHTING))
                .extracting(Event::equipment, Event::status, Event::locationCountry).containsExactly(tuple(List.of("CAESAR howitzer"), "in_use", "UA"));
        assertThat(events("Duitsland leverde drie Marder aan Oekraïne. Ze worden nu ingezet in de Donbas.", EventType.SIGHTING))
                .extracting(Event::equipment).containsExactly(List.of("Marder"));
        // Without the pronoun a generic use names nothing.
        assertThat(events("La France a livré six canons Caesar à l'Ukraine. Des armes ont été déployées.", EventType.SIGHTING)).isEmpty();
    }

    @Test
    void fallingIntoTheEnemysHandsIsACapture() {
        assertThat(events("Ein weiterer Marder fiel in die Hände der Angreifer.", EventType.SIGHTING)).extracting(Event::status)
                .containsExactly("captured");
        assertThat(events("Russische Truppen erbeuten zwei Marder.", EventType.SIGHTING)).extracting(Event::status).containsExactly("captured");
        assertThat(events("Два танки Leopard 2 потрапили до рук окупантів.", EventType.SIGHTING)).extracting(Event::status).containsExactly("captured");
    }

    @Test
    void goodsThatArrivedWereDeliveredWhateverWasPromised() {
        assertThat(events("The Swedish howitzers were promised to Ukraine in May and arrived in Ukraine in June.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "delivered"));
        assertThat(events("Les obusiers suédois ont été promis à l'Ukraine en mai et sont arrivés en Ukraine en juin.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("SE", "UA", "delivered"));
        // Without an arrival the promise stays a pledge.
        assertThat(events("The Swedish howitzers were promised to Ukraine in May.", EventType.TRANSFER)).extracting(Event::status)
                .containsExactly("pledged");
    }

    @Test
    void ukrainianMasculinePastAndFutureFormsOfGivingAreRead() {
        // A government ("уряд"), a minister or a president takes the masculine past.
        assertThat(events("Уряд Канади надіслав Україні 20 бронемашин.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("CA", "UA", "delivered"));
        assertThat(events("Канада постачатиме Україні снаряди.", EventType.TRANSFER)).extracting(Event::status).containsExactly("pledged");
    }

    @Test
    void anAnnouncementOfACaptureIsNoPledge() {
        assertThat(events("Moscou a annoncé avoir saisi trois obusiers Caesar près de Bakhmout.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Moscou a annoncé avoir saisi trois obusiers Caesar près de Bakhmout.", EventType.SIGHTING)).extracting(Event::status)
                .containsExactly("captured");
        assertThat(events("Россия объявила об уничтожении двух танков Leopard.", EventType.TRANSFER)).isEmpty();
        // Announcing what is given stays a pledge.
        assertThat(events("Канада оголошує новий пакет зброї для України.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("CA", "UA", "pledged"));
    }

    @Test
    void aHeadlineRepeatedAsTheLeadStatesItsEventsOnce() {
        String text = "Estonia to send four mortars to Ukraine\n\nEstonia to send four mortars to Ukraine.";
        assertThat(events(text, EventType.TRANSFER)).hasSize(1);
    }

    @Test
    void aSlavicParticiplePhraseAfterTheGoodsHasNoSubjectBeforeIt() {
        // The country before the participle phrase is the main clause's subject, not the giver; with no giver the goods are the topic.
        assertThat(events("Польский депутат заявил: винтовки, поставляемые в Украину, продают на рынках.", EventType.TRANSFER)).isEmpty();
        // Goods described by their giving are what an assurance is about, not news of a delivery.
        assertThat(events("США не обнаружили признаков того, что оружие, переданное Украине, попало не в те руки.", EventType.TRANSFER))
                .isEmpty();
    }

    @Test
    void aGiversTransferWithoutARecipientGoesToTheOneNamedBefore() {
        assertThat(events("Duitsland levert Oekraïne vier houwitsers. Nederland liet weten munitie te sturen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"), tuple("NL", "UA"));
        // Never back to the giver itself.
        assertThat(events("Poland received four howitzers. Poland will send ammunition.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).contains(tuple("PL", null));
    }

    @Test
    void aNameAfterFromInsideTheClauseIsNotItsSubject() {
        assertThat(events("Deutschland hat der von Russland angegriffenen Ukraine zwölf Haubitzen geschickt.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("DE", "UA"));
        // With no plain subject before it, the passive's agent gives.
        assertThat(events("Zwölf Haubitzen wurden von Polen an die Ukraine geliefert.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("PL", "UA"));
    }

    @Test
    void gotWithAParticleReceivesNothing() {
        assertThat(events("The crew of the Ukrainian vehicle got out and fled.", EventType.TRANSFER)).isEmpty();
        // Without the particle it still receives.
        assertThat(events("Ukraine got four howitzers.", EventType.TRANSFER)).extracting(Event::recipient).containsExactly("UA");
    }

    @Test
    void runningShortIsNoArrival() {
        assertThat(events("L'armée ukrainienne arrive bientôt à court d'obus.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void aPartnerTogetherWithTheSubjectIsNotTheSubject() {
        assertThat(events("Berlin will gemeinsam mit den Niederlanden sechs Haubitzen an die Ukraine liefern.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("DE", "UA", "pledged"));
        // With no other subject named, the partner gives.
        assertThat(events("Together with Sweden, the ministry will send radar systems to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("SE", "UA"));
    }

    @Test
    void aGermanInfinitiveClauseTakesTheSubjectBeforeItsComma() {
        assertThat(events("Norwegen hat im Mai beschlossen, Kiew acht Flugabwehrsysteme zur Verfügung zu stellen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("NO", "UA", "pledged"));
    }

    @Test
    void aGermanReceiverAfterTheVerb() {
        assertThat(events("Zwölf Haubitzen aus Polen bekam die Ukraine schon im Frühjahr.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple("PL", "UA", "delivered"));
    }

    @Test
    void goodsArriveWhereTheyArriveNotFromThere() {
        // Kyiv ordered them: no origin, and no transfer from Ukraine.
        assertThat(events("Die von Kiew bestellten Lastwagen sind in der Ukraine eingetroffen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient, Event::status).containsExactly(tuple(null, "UA", "delivered"));
    }

    @Test
    void aTransferWithoutAGiverTakesTheGiverJustNamed() {
        String text = "Polen hat der Ukraine 14 Leopard 2 zugesagt. Im Februar wurden die ersten Panzer an die Ukraine übergeben.";
        assertThat(events(text, EventType.TRANSFER)).extracting(Event::donor, Event::recipient, Event::status)
                .containsExactly(tuple("PL", "UA", "pledged"), tuple("PL", "UA", "delivered"));
        // Other equipment names another giving, whose giver the report does not say.
        String other = "Deutschland hat der Ukraine Gepard-Panzer geliefert. Die Ukraine erhielt auch HIMARS.";
        assertThat(events(other, EventType.TRANSFER)).extracting(Event::donor).containsExactly("DE", null);
    }

    @Test
    void aDemonstrativePointsBackAcrossParagraphs() {
        String text = "Deutschland hat der Ukraine Gepard-Panzer zugesagt.\n\nZwanzig dieser Panzer sind bereits an die Ukraine übergeben worden.";
        assertThat(events(text, EventType.TRANSFER)).extracting(Event::equipment, Event::status)
                .containsExactly(tuple(List.of("Gepard"), "pledged"), tuple(List.of("Gepard"), "delivered"));
    }

    @Test
    void refurbishedIsNotHandedOver() {
        assertThat(events("Les blindés Caesar, remis à neuf l'an dernier, attendent dans un dépôt belge.", EventType.TRANSFER)).isEmpty();
    }

    @Test
    void anAgentNamedAfterAnAdjectiveAndItsListGive() {
        assertThat(events("More howitzer shells have been offered by Dutch partners Belgium and Luxembourg.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactlyInAnyOrder(tuple("BE", null), tuple("LU", null));
    }

    @Test
    void aRelativeClauseHasThePronounsNounAsSubject() {
        assertThat(events("The Russian attack drew protests from many governments, which answered by sending rifles to Ukraine.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple(null, "UA"));
        assertThat(events("Poland, which sent tanks to Ukraine, asked for more.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("PL", "UA"));
    }

    @Test
    void aStatesForcesReceiveForIt() {
        assertThat(events("Norway has sent mortar rounds to Ukrainian forces.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NO", "UA"));
    }

    @Test
    void aUseToComeIsNoSighting() {
        assertThat(events("De houwitsers zullen worden ingezet bij Bachmoet.", EventType.SIGHTING)).isEmpty();
        // "zou" reports a claim: the sighting stands.
        assertThat(events("Een Leopard 2 zou in Oekraïne zijn vernietigd.", EventType.SIGHTING)).extracting(Event::status)
                .containsExactly("destroyed");
    }

    @Test
    void aRussianSubordinatorIsNoListOfGivers() {
        // "после того как" (after) holds "как" (as, like): the pilots that follow are no listed donor.
        assertThat(events("Самолеты будут переданы после того как украинские пилоты пройдут обучение.", EventType.TRANSFER))
                .extracting(Event::donor).doesNotContain("UA");
    }

    @Test
    void aSightedWeaponsGiverOnTheGoodsIsNoTransfer() {
        assertThat(events("Russian troops destroyed US-supplied M777 howitzers.", EventType.TRANSFER)).isEmpty();
        assertThat(events("Russian troops destroyed American M777 howitzers supplied to Ukraine.", EventType.TRANSFER)).isEmpty();
        // A giver named as the participle's agent still tells the delivery.
        assertThat(events("Deux canons Caesar, livrés par la France à l'Ukraine, ont été capturés.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("FR", "UA"));
    }

    @Test
    void aSightingWithoutAPlaceTakesTheReportsSetting() {
        String text = "Die Kämpfe um Bachmut gehen weiter.\n\nRussische Truppen haben einen Leopard 2 erbeutet.";
        assertThat(events(text, EventType.SIGHTING)).extracting(Event::status, Event::locationCountry).containsExactly(tuple("captured", "UA"));
    }

    @Test
    void aSlavicGenitiveIsNeverTheGiver() {
        assertThat(events("Бельгия выделит деньги на поддержку Украины и передаст дроны.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("BE", "UA"));
    }

    @Test
    void aPartnerGivingAlongsideReceivesNothing() {
        assertThat(events("Nederland levert drie lanceerinstallaties die samen met de Duitse bijdrage een batterij vormen.", EventType.TRANSFER))
                .extracting(Event::donor, Event::recipient).containsExactly(tuple("NL", null));
    }

    @Test
    void aSightingWithoutASourceOfItsOwnIsTheLastCreditedSources() {
        assertThat(events("According to Reuters, Russian troops captured a Marder near Avdiivka. A second Marder was destroyed the next day.",
                EventType.SIGHTING)).extracting(Event::attributedTo).containsExactly("Reuters", "Reuters");
        // Before any credit a sighting has no source.
        assertThat(events("A Marder was destroyed near Avdiivka. According to Reuters, Germany will send more.", EventType.SIGHTING))
                .extracting(Event::attributedTo).containsExactly((String) null);
    }
}
