package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quantities and money as the labelling rules read them, in the six languages of the real
 * reports: number words in their case forms, nouns the lexicon counts, the tail of what is counted
 * (type, designation, calibre, material, nationality), rates and weights that are no counts, ranges
 * and currencies. Every sentence is written for this test. The bundled catalog is used.
 */
class CountsAndAmountsTest {
    private static List<Mention> found(String text, MentionKind kind) {
        return TestExtractions.found(text, kind);
    }

    private static List<String> texts(String text, MentionKind kind) {
        return found(text, kind).stream().map(Mention::text).toList();
    }

    @Test
    void ukrainianAndRussianNumberWordsInTheirCaseForms() {
        var uk = found("Ремонтники повернули вісімнадцять гаубиць, а навчання пройшли сорок пілотів і сотня бійців.", MentionKind.QUANTITY);
        assertThat(uk).extracting(Mention::text).containsExactly("вісімнадцять гаубиць", "сорок пілотів", "сотня бійців");
        assertThat(uk).extracting(Mention::amount).extracting(BigDecimal::intValue).containsExactly(18, 40, 100);
        var ru = found("Колонна из семнадцати грузовиков и восьмидесяти бронемашин ушла к границе.", MentionKind.QUANTITY);
        assertThat(ru).extracting(Mention::text).containsExactly("семнадцати грузовиков", "восьмидесяти бронемашин");
        assertThat(found("Il en reste quatre-vingts camions et quatre-vingt-dix canons.", MentionKind.QUANTITY))
                .extracting(Mention::amount).extracting(BigDecimal::intValue).containsExactly(80, 90);
    }

    @Test
    void aNumberBeforeAPronounForTheGroupCountsAPartOfWhatWasCountedBefore() {
        assertThat(found("Berlin schickt fünf Bergepanzer, zwei davon aus Industriebeständen.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("fünf Bergepanzer", "items"), tuple("zwei", "items"));
        assertThat(found("В страну прибыли 90 инструкторов, 20 из них работают на полигоне.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("90 инструкторов", "persons"), tuple("20", "persons"));
        assertThat(found("Some 16 million people left their homes, 5.9 million of them abroad.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("16 million people", "persons"), tuple("5.9 million", "persons"));
        // One picked out of the group names a member.
        assertThat(texts("Прибыли три самолета, один из них уже на аэродроме.", MentionKind.QUANTITY)).containsExactly("три самолета");
    }

    @Test
    void aPartOutOfAWholeMayHaveAnArticleBeforeTheWhole() {
        assertThat(texts("Air defence downed 10 of the 12 drones over the sea.", MentionKind.QUANTITY)).contains("10 of the 12 drones");
    }

    @Test
    void neitherHalfOfAClockTimeCounts() {
        assertThat(texts("Nieuws, 18:00 Nederlandse houwitsers aan het front. Video 1:07 Pantserhouwitsers verstopt.", MentionKind.QUANTITY)).isEmpty();
    }

    @Test
    void panzerfaustsAreCountedInTheirPlural() {
        assertThat(texts("Die Brigade wurde mit 1.000 Panzerfäusten ausgerüstet.", MentionKind.QUANTITY)).containsExactly("1.000 Panzerfäusten");
    }

    @Test
    void aThousandAloneInItsCaseFormsCounts() {
        assertThat(found("Солдату выдали тысячу патронов.", MentionKind.QUANTITY)).extracting(Mention::text, Mention::amount)
                .containsExactly(tuple("тысячу патронов", new BigDecimal("1000")));
        assertThat(texts("Бригада отримала тисячу набоїв.", MentionKind.QUANTITY)).containsExactly("тисячу набоїв");
    }

    @Test
    void aCalibreBetweenTheNumberAndItsNounIsPartOfWhatIsCounted() {
        assertThat(found("Kyiv received 300,000 155mm artillery shells and 20,000 155-mm rounds.", MentionKind.QUANTITY))
                .extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("300,000 155mm artillery shells", 300_000),
                        tuple("20,000 155-mm rounds", 20_000));
        // Three digits before a calibre are its number, not a group of thousands.
        assertThat(found("Україна отримала 20 000 155-мм снарядів.", MentionKind.QUANTITY))
                .extracting(Mention::text, m -> m.amount().intValue()).containsExactly(tuple("20 000 155-мм снарядів", 20_000));
        assertThat(texts("Nederland leverde 300 120 mm mortiergranaten.", MentionKind.QUANTITY)).containsExactly("300 120 mm mortiergranaten");
        assertThat(texts("The 155 mm howitzer fired twice.", MentionKind.QUANTITY)).as("a calibre alone counts nothing").isEmpty();
    }

    @Test
    void aDesignationThreeWordsAfterItsNounIsStillWhatIsCounted() {
        assertThat(texts("Kiev a reçu deux systèmes de défense aérienne SAMP/T et quarante camions.", MentionKind.QUANTITY))
                .containsExactly("deux systèmes de défense aérienne SAMP/T", "quarante camions");
    }

    @Test
    void roundsOfAMaterialWrittenAsOneCompoundAreOneQuantity() {
        assertThat(texts("Geliefert werden 100.000 Schuss Artilleriemunition.", MentionKind.QUANTITY)).containsExactly("100.000 Schuss Artilleriemunition");
    }

    @Test
    void nounsOfMinesGeneratorsBoatsAndPersonnelAreCounted() {
        assertThat(texts("Norway sends 2,400 anti-tank mines, 50 generators, 4 patrol boats and 35 pilots.", MentionKind.QUANTITY))
                .containsExactly("2,400 anti-tank mines", "50 generators", "4 patrol boats", "35 pilots");
        assertThat(texts("Er gaan 1.500 antitankmijnen en zes mijnenjagers heen.", MentionKind.QUANTITY))
                .containsExactly("1.500 antitankmijnen", "zes mijnenjagers");
        assertThat(texts("Навчання пройдуть 300 військовослужбовців.", MentionKind.QUANTITY)).containsExactly("300 військовослужбовців");
        assertThat(found("More than 5,000 civilians have left the town.", MentionKind.QUANTITY)).extracting(Mention::unit).containsExactly("persons");
    }

    @Test
    void fightersAfterANameOfEquipmentAreAircraft() {
        assertThat(found("Poland handed over 28 MiG-29 fighters, and 24 fighters of the legion crossed the border.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("28 MiG-29 fighters", "items"), tuple("24 fighters", "persons"));
        assertThat(found("The Netherlands will train 24 F-16 pilots.", MentionKind.QUANTITY)).extracting(Mention::unit).containsExactly("persons");
    }

    @Test
    void theTailOfWhatIsCountedBelongsToTheQuantity() {
        assertThat(texts("Berlin schickt drei weitere Flugabwehrpanzer vom Typ Gepard und zehn Panzer des älteren Typs Leopard 1.", MentionKind.QUANTITY))
                .containsExactly("drei weitere Flugabwehrpanzer vom Typ Gepard", "zehn Panzer des älteren Typs Leopard 1");
        assertThat(texts("The army received 40 artillery systems of the M 777 type.", MentionKind.QUANTITY))
                .containsExactly("40 artillery systems of the M 777 type");
        assertThat(texts("Україна отримала 12 систем типу HIMARS і 9 тисяч снарядів калібру 155 міліметрів.", MentionKind.QUANTITY))
                .containsExactly("12 систем типу HIMARS", "9 тисяч снарядів калібру 155 міліметрів");
        assertThat(texts("Прибыли 30 беспилотников Falke и ZX-12 Orbit, а также 4 машины разминирования TRX 7.", MentionKind.QUANTITY))
                .containsExactly("30 беспилотников Falke и ZX-12 Orbit", "4 машины разминирования TRX 7");
        assertThat(texts("Ils ont reçu 8 000 obus de 35 mm et deux canons Caesar français.", MentionKind.QUANTITY))
                .containsExactly("8 000 obus de 35 mm", "deux canons Caesar français");
        assertThat(texts("The package adds 20,000 rounds of mortar ammunition.", MentionKind.QUANTITY))
                .containsExactly("20,000 rounds of mortar ammunition");
        assertThat(texts("Gezeigt wurden 12 erbeutete Fahrzeuge westlicher Bauart, bestellt sind 40 neue Haubitzen dieses Typs.", MentionKind.QUANTITY))
                .containsExactly("12 erbeutete Fahrzeuge westlicher Bauart", "40 neue Haubitzen dieses Typs");
        assertThat(texts("Im Video fahren drei »Marder« vorbei.", MentionKind.QUANTITY)).containsExactly("drei »Marder«");
    }

    @Test
    void aGermanCalibreAMaterialAfterItsUnitAndASlavicBodyAfterThePersonsAreWhatIsCounted() {
        assertThat(texts("Geliefert wurden 20.000 Schuss Munition vom Kaliber 155 mm.", MentionKind.QUANTITY))
                .containsExactly("20.000 Schuss Munition vom Kaliber 155 mm");
        assertThat(texts("Britain sent 2.5 tonnes of plastic explosive.", MentionKind.QUANTITY)).containsExactly("2.5 tonnes of plastic explosive");
        assertThat(texts("В стране работают 30 специалистов Пентагона.", MentionKind.QUANTITY)).containsExactly("30 специалистов Пентагона");
        // After a designation the body owns what is counted; it stays outside.
        assertThat(texts("Уничтожены два танка M1 Abrams ВСУ.", MentionKind.QUANTITY)).containsExactly("два танка M1 Abrams");
    }

    @Test
    void rationsGeneratorsTrucksAndDiplomatsAreCounted() {
        assertThat(texts("Литва передала 40 тисяч сухпайків і знищила п'ять ворожих ББМ.", MentionKind.QUANTITY))
                .containsExactly("40 тисяч сухпайків", "п'ять ворожих ББМ");
        assertThat(texts("Nederland stuurde 600 aggregaten; Rusland zette twaalf diplomaten uit.", MentionKind.QUANTITY))
                .containsExactly("600 aggregaten", "twaalf diplomaten");
        assertThat(texts("Dazu kommen acht Schwerlastsattelzüge.", MentionKind.QUANTITY)).containsExactly("acht Schwerlastsattelzüge");
    }

    @Test
    void namesAndAdjectivesMayStandBetweenTheNumberAndItsNoun() {
        assertThat(texts("They will get 15 German Gepard anti-aircraft self-propelled artillery systems and four HIMARS rocket launchers.",
                MentionKind.QUANTITY)).containsExactly("15 German Gepard anti-aircraft self-propelled artillery systems", "four HIMARS rocket launchers");
        assertThat(texts("The ministry ordered 200 Ferox Mark tactical drones and 60 KX-4 light trucks.", MentionKind.QUANTITY))
                .containsExactly("200 Ferox Mark tactical drones", "60 KX-4 light trucks");
        assertThat(texts("Geliefert wurden zwei türkische Kirpi Truppentransporter.", MentionKind.QUANTITY))
                .containsExactly("zwei türkische Kirpi Truppentransporter");
        // A German noun is capitalised: "drei Jahre alte Panzer" does not count years.
        assertThat(texts("Es sind drei Jahre alte Panzer.", MentionKind.QUANTITY)).isEmpty();
    }

    @Test
    void ratesWeightsAndCompoundsAreNoCounts() {
        assertThat(texts("The guns fire 6 shells per minute.", MentionKind.QUANTITY)).isEmpty();
        assertThat(texts("De tank is ruim 60 ton zwaar.", MentionKind.QUANTITY)).isEmpty();
        assertThat(texts("Die Ukraine braucht 35-Millimeter-Munition.", MentionKind.QUANTITY)).isEmpty();
    }

    @Test
    void theNumberAfterAnArticleStandsForWhatWasJustCounted() {
        assertThat(texts("Nederland levert drie pantserhouwitsers; de drie komen uit voorraad.", MentionKind.QUANTITY))
                .containsExactly("drie pantserhouwitsers", "drie");
        // German ordinals: "der 21. und 47. Brigade" counts nothing.
        assertThat(texts("Zehn Panzer gingen an Soldaten der 21. und 47. Brigade.", MentionKind.QUANTITY)).containsExactly("Zehn Panzer");
    }

    @Test
    void moneyInEveryConventionOfTheSixLanguages() {
        assertThat(texts("Het pakket is € 1,2 miljard waard, of 1,2 mld. euro.", MentionKind.MONEY)).containsExactly("€ 1,2 miljard", "1,2 mld. euro");
        var de = found("Bern gab 300 Millionen Franken frei, dazu 2,5 Mrd. US-Dollar.", MentionKind.MONEY);
        assertThat(de).extracting(Mention::text).containsExactly("300 Millionen Franken", "2,5 Mrd. US-Dollar");
        assertThat(de).extracting(Mention::currency).containsExactly("CHF", "USD");
        var en = found("It costs $325m, £2.3bn, CHF 12 million, €1-2 billion and 500 million Norwegian kroner.", MentionKind.MONEY);
        assertThat(en).extracting(Mention::text).containsExactly("$325m", "£2.3bn", "CHF 12 million", "€1-2 billion", "500 million Norwegian kroner");
        assertThat(en.get(3).amount()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000_000L));
        assertThat(texts("Україна отримає 2-3 млрд доларів і 100 млн фунтів стерлінгів.", MentionKind.MONEY))
                .containsExactly("2-3 млрд доларів", "100 млн фунтів стерлінгів");
        // "livré" (delivered) is no pound sterling.
        assertThat(texts("La France a livré 30 canons.", MentionKind.MONEY)).isEmpty();
    }

    @Test
    void theLettersBeforeADollarSignSayWhoseDollarItIs() {
        var en = found("Canberra pledged A$75 million, Ottawa C$40 million, Wellington NZ$12 million and Washington US$3 billion.",
                MentionKind.MONEY);
        assertThat(en).extracting(Mention::text).containsExactly("A$75 million", "C$40 million", "NZ$12 million", "US$3 billion");
        assertThat(en).extracting(Mention::currency).containsExactly("AUD", "CAD", "NZD", "USD");
        // Letters that only end a word, or no prefix at all, leave the bare sign: the US dollar.
        assertThat(found("The AUS$5 fee and the $9 fee.", MentionKind.MONEY)).extracting(Mention::text, Mention::currency)
                .containsExactly(tuple("$5", "USD"), tuple("$9", "USD"));
    }

    @Test
    void digitsGroupedByThinAndNarrowSpaces() {
        assertThat(found("Er kwamen 10\u2009000 granaten en 12\u202F500 patronen.", MentionKind.QUANTITY)).extracting(Mention::amount)
                .extracting(BigDecimal::intValue).containsExactly(10_000, 12_500);
    }

    @Test
    void dutchPluralsAndSpellingsOfDesignations() {
        assertThat(texts("Nederland levert acht F-16's, twintig YPR’s en de PzH2000s, ook als PzH-2000 en PzH 2000 geschreven.", MentionKind.EQUIPMENT))
                .containsExactly("F-16's", "YPR’s", "PzH2000s", "PzH-2000", "PzH 2000");
        assertThat(texts("Nederland levert acht F-16's.", MentionKind.QUANTITY)).containsExactly("acht F-16's");
        assertThat(texts("De T72's en de T-72 zijn hetzelfde type.", MentionKind.EQUIPMENT)).containsExactly("T72's", "T-72");
    }

    @Test
    void oneOutOfAGroupIsNoCountButOneBeforeAMultiplierIsAnAmount() {
        assertThat(texts("Міністр оглянув один з літаків на базі.", MentionKind.QUANTITY)).isEmpty();
        assertThat(texts("Der Bund stellt einer Milliarde Euro bereit.", MentionKind.MONEY)).containsExactly("einer Milliarde Euro");
    }

    @Test
    void aPartOutOfAWholeCountsThePartAndTheWholeCountsToo() {
        assertThat(texts("Four out of 12 Dutch PzH 2000 howitzers are in repair.", MentionKind.QUANTITY))
                .containsExactly("Four out of 12 Dutch PzH 2000 howitzers", "12 Dutch PzH 2000 howitzers");
        assertThat(texts("Selon l'armée, deux sur dix chars sont réparés.", MentionKind.QUANTITY)).containsExactly("deux sur dix chars", "dix chars");
    }

    @Test
    void theStopOfAnAbbreviatedThousandDoesNotPartTheNumberFromItsNoun() {
        assertThat(found("Украина получила 3,1 тыс. мин и 52 тыс. ракет.", MentionKind.QUANTITY))
                .extracting(Mention::text, m -> m.amount().intValue()).containsExactly(tuple("3,1 тыс. мин", 3100), tuple("52 тыс. ракет", 52000));
        assertThat(texts("Україна отримала 20 тис. снарядів.", MentionKind.QUANTITY)).containsExactly("20 тис. снарядів");
        // A stop after a plain number ends the sentence; a capital after the stop starts the next one.
        assertThat(texts("Es waren 500. Raketen kamen später.", MentionKind.QUANTITY)).isEmpty();
    }

    @Test
    void aSystemNamedAfterAPurposePrepositionIsNotWhatIsCounted() {
        // Round 48: the pool's labels (15 of batches 13-43, five languages) end before the system the parts or rounds are for.
        assertThat(texts("Norway will send two launchers for the NASAMS to Ukraine.", MentionKind.QUANTITY)).containsExactly("two launchers");
        assertThat(texts("Deutschland liefert zwei Startgeräte für Patriot-Flugabwehrraketen.", MentionKind.QUANTITY))
                .containsExactly("zwei Startgeräte");
        assertThat(texts("Нідерланди передали три пускові установки до зенітно-ракетного комплексу Patriot.", MentionKind.QUANTITY))
                .containsExactly("три пускові установки");
        assertThat(texts("La Belgique livre 20 000 munitions pour chars Leopard 2.", MentionKind.QUANTITY)).containsExactly("20 000 munitions");
        // A kind of weapon the rounds are for, named by a common noun, is still counted with them.
        assertThat(texts("Україна отримала тисячу снарядів для 155-мм гаубиць.", MentionKind.QUANTITY)).containsExactly("тисячу снарядів для 155-мм гаубиць");
    }

    @Test
    void aTypeAlreadyNamedAfterTheNounIsCounted() {
        // Round 49: "de ce type", "des gleichen Typs" take up a type named before; the labels count them (batches 9, 15, 40, 43).
        assertThat(texts("La Norvège a promis 42 appareils de ce type à Kiev.", MentionKind.QUANTITY)).containsExactly("42 appareils de ce type");
        assertThat(texts("Dänemark liefert zudem 25 Fahrzeuge des gleichen Typs.", MentionKind.QUANTITY))
                .containsExactly("25 Fahrzeuge des gleichen Typs");
        assertThat(texts("Canada will send eight tanks of the same type next year.", MentionKind.QUANTITY))
                .containsExactly("eight tanks of the same type");
        // Read before the Slavic genitive chain, which took "такого же" for adjectives and stopped before "типа".
        assertThat(texts("На складе стоят 12 грузовиков такого же типа.", MentionKind.QUANTITY)).containsExactly("12 грузовиков такого же типа");
    }

    @Test
    void unitsOfMaterielCountTheNounAfterThem() {
        // Round 50: "units of" counts what follows it as a word for pieces does (batches 32, 35, 44, 45, 46).
        assertThat(texts("Auditors found 100 units of armored vehicles and 8 units of other rifled firearms.", MentionKind.QUANTITY))
                .containsExactly("100 units of armored vehicles", "8 units of other rifled firearms");
        assertThat(texts("Le rapport recense 68 unités d'équipement américain.", MentionKind.QUANTITY))
                .containsExactly("68 unités d'équipement américain");
        // An army's units name no materiel after "of": the count stays at its noun (round 57: an article after "of" passes
        // before a designation, "40 tanks of the Leopard 1A5 version", but not before a unit's number).
        assertThat(texts("Two units of the 47th brigade moved north.", MentionKind.QUANTITY)).containsExactly("Two units");
        assertThat(texts("Poland sent 40 tanks of the Leopard 1A5 version.", MentionKind.QUANTITY)).containsExactly("40 tanks of the Leopard 1A5");
    }

    @Test
    void ammunitionANumberCountsIsRounds() {
        // Round 53: ammunition counted by a bare number is rounds, as shells are (batches 31, 38, 40, 41, 48).
        assertThat(found("The army received 180 000 ammunition and 12,400 Swiss-made ammunition.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("180 000 ammunition", "rounds"), tuple("12,400 Swiss-made ammunition", "rounds"));
        // Material weighed, or the first half of another noun, is not.
        assertThat(found("Crews cleared two ammunition depots and 5 tons of ammunition.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("two ammunition depots", "items"), tuple("5 tons of ammunition", "tonnes"));
        assertThat(found("США передали 3,7 млн артснарядов.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("3,7 млн артснарядов", "rounds"));
        assertThat(found("Союзники передали 500 тисяч артснарядів.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("500 тисяч артснарядів", "rounds"));
        // German "Granaten" alone are shells; hand grenades stay items.
        assertThat(found("Berlin lieferte 40.000 der Granaten, 14.000 155-mm-Granaten und 100.000 Handgranaten.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("40.000 der Granaten", "rounds"), tuple("14.000 155-mm-Granaten", "rounds"),
                        tuple("100.000 Handgranaten", "items"));
    }

    @Test
    void offendersAndAccomplicesAreCountedAsPersons() {
        // Round 50: nouns of persons an inquiry counts (batches 27, 34, 36, 38, 46), labelled persons wherever counted.
        assertThat(found("Police detained 7 dealers and seven underground arms dealers.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("7 dealers", "persons"), tuple("seven underground arms dealers", "persons"));
        assertThat(found("Un homme et quatre de ses complices ont été arrêtés.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("quatre de ses complices", "persons"));
        assertThat(found("У справі фігурують троє учасників організованої групи.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("троє учасників організованої групи", "persons"));
    }

    @Test
    void aCompoundGluedToADesignationByAHyphenIsPartOfWhatIsCounted() {
        assertThat(texts("Das Heer übergab 12 Marder-Schützenpanzer und zwei Startgeräte von Patriot-Flugabwehrsystemen.", MentionKind.QUANTITY))
                .containsExactly("12 Marder-Schützenpanzer", "zwei Startgeräte von Patriot-Flugabwehrsystemen");
        assertThat(texts("Die Truppe erhielt 300 „Stinger“-Raketen.", MentionKind.QUANTITY)).containsExactly("300 „Stinger“-Raketen");
    }

    @Test
    void aQuotedNameCountsWithTheNounAfterIt() {
        assertThat(texts("The brigade lost three \"Bradley\" vehicles near the river.", MentionKind.QUANTITY)).containsExactly("three \"Bradley\" vehicles");
    }

    @Test
    void frenchAdjectivesAndAKindAfterTheNounAreCounted() {
        assertThat(texts("L'armée a reçu six camions militaires neufs et dix canons de longue portée.", MentionKind.QUANTITY))
                .containsExactly("six camions militaires neufs", "dix canons de longue portée");
        // Make after a common noun is counted; after a designation it is not (rule changed in round 27, batches 19-25).
        assertThat(texts("Le pays enverra huit chars de fabrication allemande et cinq chars Leopard de fabrication allemande.", MentionKind.QUANTITY))
                .containsExactly("huit chars de fabrication allemande", "cinq chars Leopard");
        // A participle tells what happened to them, a complement with an article names an owner; a bare designation ends the phrase.
        assertThat(texts("On a vu sept camions livrés à Kiev, huit chars de l'armée et 14 Leopard 2A4 de fabrication allemande.", MentionKind.QUANTITY))
                .containsExactly("sept camions", "huit chars", "14 Leopard 2A4");
    }

    @Test
    void anElidedFrenchDeOpensAKindAsDeDoes() {
        // Round 48 (batch 40): "d'" is "de" before a vowel; "d'ici", "d'environ" are adverbs, "d'une" has an article.
        assertThat(texts("L'armée a reçu 5 000 cartouches d'artillerie et douze véhicules tracteurs d’artillerie.", MentionKind.QUANTITY))
                .containsExactly("5 000 cartouches d'artillerie", "douze véhicules tracteurs d’artillerie");
        assertThat(texts("La brigade comptera 40 camions d'ici l'été et huit missiles d'une portée de 100 km.", MentionKind.QUANTITY))
                .containsExactly("40 camions", "huit missiles");
    }

    @Test
    void aCyrillicOrdinalRanksAndCountsNothing() {
        assertThat(texts("Объявлен 52-й пакет военной помощи, в нем 30 бронемашин.", MentionKind.QUANTITY)).containsExactly("30 бронемашин");
    }

    @Test
    void aNumberBeforeAGermanCompoundOfAmmunitionCountsRounds() {
        assertThat(found("Geliefert wurden 8.000 Mörsermunition.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("8.000 Mörsermunition", "rounds"));
        // Other material counted by a bare number is things, not rounds: three ship's diesel engines.
        assertThat(found("Die Marine bekam 3 Schiffsdiesel.", MentionKind.QUANTITY))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("3 Schiffsdiesel", "items"));
    }

    @Test
    void coordinatedModifiersAndWhatTheCountedAreGroupedWithBelongToTheCount() {
        assertThat(texts("Склад отримав 200 тисяч протипіхотних та протитанкових мін.", MentionKind.QUANTITY))
                .containsExactly("200 тисяч протипіхотних та протитанкових мін");
        assertThat(texts("Завод выпустил 500 танков и других боевых машин.", MentionKind.QUANTITY)).containsExactly("500 танков и других боевых машин");
        // A noun before "and" ends what is counted.
        assertThat(texts("The package has four HIMARS rocket launchers and ammunition.", MentionKind.QUANTITY))
                .containsExactly("four HIMARS rocket launchers");
    }

    @Test
    void aCyrillicAbbreviationNamesTheKindOfSystemBeforeItsDesignation() {
        assertThat(texts("Берлин передаст три системы ПВО IRIS-T и шесть РЛС.", MentionKind.QUANTITY))
                .containsExactly("три системы ПВО IRIS-T", "шесть РЛС");
    }
    @Test
    void twoNumbersJoinedByOrCountOnceValuedAtTheFirst() {
        // "de 4 à 9 camions" is a range as well (round 16: the six tuning batches label "from N to M" so, in five languages).
        var fr = found("L'usine a réparé cinq ou six chars et de 4 à 9 camions.", MentionKind.QUANTITY);
        assertThat(fr).extracting(Mention::text).containsExactly("cinq ou six chars", "4 à 9 camions");
        assertThat(fr).extracting(Mention::amount).extracting(BigDecimal::intValue).containsExactly(5, 4);
        assertThat(texts("Crews lost two or three tanks.", MentionKind.QUANTITY)).containsExactly("two or three tanks");
    }
}
