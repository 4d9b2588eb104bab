package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grammar of a counted noun phrase that no single noun list covers (round 10): compounds cut
 * short or written with hyphens, a noun that only qualifies the noun after it, "one and a half" and
 * "a dozen" as multipliers, French "vingt et un", and a calibre between "rounds of" and what they
 * are of. Every sentence is written for this test.
 */
class NumberPhraseGrammarTest {
    private static List<Mention> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY);
    }

    @Test
    void aGermanCompoundCutShortByAHyphenTakesTheLastPartOfTheNextOne() {
        assertThat(counted("Im Depot stehen 5 gepanzerte Reparatur- und Bergefahrzeuge."))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("5 gepanzerte Reparatur- und Bergefahrzeuge", "items"));
        assertThat(counted("Die Brigade meldet drei Schützen- und Kampfpanzer als beschädigt."))
                .extracting(Mention::text).containsExactly("drei Schützen- und Kampfpanzer");
        // Dutch writes the first part in lower case, which was already read as a modifier.
        assertThat(counted("In de loods staan vier lucht- en raketverdedigingssystemen."))
                .extracting(Mention::text).containsExactly("vier lucht- en raketverdedigingssystemen");
    }

    @Test
    void aGermanCompoundWrittenWithHyphensIsANounByItsLastPart() {
        assertThat(counted("Das Lager meldet 40 Luft-Boden-Raketen und 2.600 Kevlar-Platten."))
                .extracting(Mention::text).containsExactly("40 Luft-Boden-Raketen", "2.600 Kevlar-Platten");
        // A hyphen chain ending in no plural noun counts nothing.
        assertThat(counted("Seit 2022 Nato-Mitglied, hat das Land 3 Schützenpanzer.")).extracting(Mention::text).containsExactly("3 Schützenpanzer");
    }

    @Test
    void anEnglishNounBeforeANounQualifiesIt() {
        assertThat(counted("Officials said two ammunition depots burned and 20 drone attacks were repelled."))
                .extracting(Mention::text, m -> m.amount().intValue()).containsExactly(tuple("two ammunition depots", 2), tuple("20 drone attacks", 20));
        // A plural item noun is the head itself: "12 drones" stops before the verb.
        assertThat(counted("The battalion said 12 drones crashed and five artillery pieces were lost."))
                .extracting(Mention::text).containsExactly("12 drones", "five artillery pieces");
    }

    @Test
    void aSlavicAdjectiveListedAsAPersonQualifiesTheNounAfterIt() {
        assertThat(counted("До столиці прибули трьох військових радників.")).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("трьох військових радників", "persons"));
        assertThat(counted("В столицу прибыли трое военных советников, двух военных задержали."))
                .extracting(Mention::text).containsExactly("трое военных советников", "двух военных");
    }

    @Test
    void oneAndAHalfAndADozenMultiply() {
        assertThat(counted("На склад завезли полторы тысячи мин.")).extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("полторы тысячи мин", 1500));
        assertThat(counted("На склад завезли півтори тисячі набоїв.")).extracting(m -> m.amount().intValue()).containsExactly(1500);
        assertThat(counted("Im Lager liegen anderthalb Millionen Schuss.")).extracting(m -> m.amount().intValue()).containsExactly(1_500_000);
        assertThat(counted("The unit said it flew two dozen drones over the lines.")).extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("two dozen drones", 24));
        assertThat(counted("Die Einheit erhielt zwei Dutzend Drohnen.")).extracting(m -> m.amount().intValue()).containsExactly(24);
        assertThat(counted("Подразделение получило два десятка беспилотников.")).extracting(m -> m.amount().intValue()).containsExactly(20);
        // Without a number before them they stay vague.
        assertThat(counted("Подразделение получило десятки тысяч снарядов.")).isEmpty();
    }

    @Test
    void aSingleDozenAndASlavicTenAloneCount() {
        // Round 40: the pool labels "une douzaine", "десяток" and "десятка" alone as 12 and 10 wherever they occur.
        assertThat(counted("Le pays a reçu une douzaine de camions blindés.")).extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("une douzaine de camions blindés", 12));
        assertThat(counted("Армия получила десяток гаубиц.")).extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("десяток гаубиц", 10));
        assertThat(counted("Батальйон отримав близько десятка бронемашин.")).extracting(m -> m.amount().intValue()).containsExactly(10);
        // Other approximate French amounts stay vague: the pool leaves "une trentaine de chars" unlabelled.
        assertThat(counted("Le pays a reçu une trentaine de chars.")).isEmpty();
    }

    @Test
    void frenchJoinsATenAndOneByEt() {
        assertThat(counted("La base abrite vingt et un hélicoptères et soixante et onze camions."))
                .extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("vingt et un hélicoptères", 21), tuple("soixante et onze camions", 71));
        // Two counts joined by "et" stay two.
        assertThat(counted("La base abrite vingt camions et deux chars.")).extracting(m -> m.amount().intValue()).containsExactly(20, 2);
    }

    @Test
    void aCalibreMayStandBetweenRoundsOfAndWhatTheyAreOf() {
        assertThat(counted("The depot holds 200,000 rounds of 155mm ammunition."))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("200,000 rounds of 155mm ammunition", "rounds"));
        assertThat(counted("The depot holds 300 rounds of 155mm.")).extracting(Mention::text).containsExactly("300 rounds of 155mm");
    }

    @Test
    void englishWritesOneOrHalfOfAMultiplierWithA() {
        assertThat(counted("The plant made a million rounds last year and half a million shells this year."))
                .extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("a million rounds", 1_000_000), tuple("half a million shells", 500_000));
        assertThat(counted("The unit said a hundred soldiers were trained.")).extracting(Mention::text, m -> m.amount().intValue())
                .containsExactly(tuple("a hundred soldiers", 100));
    }

    @Test
    void aGenitiveArticleBetweenTwoNumbersMakesAPartOfAWhole() {
        assertThat(counted("Nach Angaben der Armee sind sechs der 14 Panzer einsatzbereit."))
                .extracting(Mention::text, m -> m.amount().intValue()).containsExactly(tuple("sechs der 14 Panzer", 6), tuple("14 Panzer", 14));
        assertThat(counted("Selon l'armée, six des 14 chars sont prêts.")).extracting(Mention::text).containsExactly("six des 14 chars", "14 chars");
        // Before a noun, the article stays outside: "90 der alten Schützenpanzer" counts the tanks from the first number on.
        assertThat(counted("Nach Angaben der Armee sind 90 der alten Schützenpanzer einsatzbereit."))
                .extracting(Mention::text).containsExactly("90 der alten Schützenpanzer");
    }

    @Test
    void aFrenchComplementHasItsOwnComplementAndNeverEndsOnDe() {
        assertThat(counted("L'armée dispose de 30 véhicules blindés de transport de troupes."))
                .extracting(Mention::text).containsExactly("30 véhicules blindés de transport de troupes");
        assertThat(counted("Le pays attend deux batteries sol-air à moyenne portée."))
                .extracting(Mention::text).containsExactly("deux batteries sol-air à moyenne portée");
        // "à" before an infinitive or an article says what happens, not what kind: it stays out.
        assertThat(counted("Le pays doit recevoir douze canons à partir de mars et six camions à la frontière."))
                .extracting(Mention::text).containsExactly("douze canons", "six camions");
    }

    @Test
    void minutesAbbreviatedCountNothing() {
        assertThat(counted("Temps de lecture : 1 min. Le dépôt contient trois mines antichars.")).extracting(Mention::text)
                .containsExactly("trois mines antichars");
        // Russian "мин" is mines after a number that governs the genitive plural, minutes after one that does not.
        assertThat(counted("Время чтения 1 мин. На складе нашли 5 мин.")).extracting(Mention::text).containsExactly("5 мин");
    }

    @Test
    void aTypeWordNamesAQuotedDesignationOrABareNumber() {
        assertThat(counted("Im Depot stehen 40 alte Schützenpanzer vom Typ \"Wiesel\" und sieben Panzerhaubitzen vom Typ 2000."))
                .extracting(Mention::text).containsExactly("40 alte Schützenpanzer vom Typ \"Wiesel\"", "sieben Panzerhaubitzen vom Typ 2000");
    }

    @Test
    void aFrenchWordJoinedByAHyphenIsNoSecondWordOfTheComplement() {
        assertThat(counted("Le pays attend quatre systèmes de défense anti-aérienne."))
                .extracting(Mention::text).containsExactly("quatre systèmes de défense anti-aérienne");
    }

    @Test
    void aSlavicPrepositionEndsTheSearchForTheCountedNoun() {
        assertThat(counted("Міністерство уклало п'ять великих угод з військовими інженерами.")).isEmpty();
        assertThat(counted("Министерство заключило пять крупных сделок с военными инженерами.")).isEmpty();
    }

    @Test
    void personsCountedWithTheirArmyTakeItsStateToo() {
        assertThat(counted("В город прибыли 300 военнослужащих армии РФ.")).extracting(Mention::text, Mention::unit)
                .containsExactly(tuple("300 военнослужащих армии РФ", "persons"));
    }

    @Test
    void aWordGluedToTheCountedNounByAHyphenIsPartOfIt() {
        assertThat(counted("На склад завезли тисячу дронів-камікадзе.")).extracting(Mention::text).containsExactly("тисячу дронів-камікадзе");
        assertThat(counted("На складе оказалось 200 дронов-камикадзе, сообщили военные.")).extracting(Mention::text).containsExactly("200 дронов-камикадзе");
    }

    @Test
    void aDemonymOfTwoWordsStandsBeforeTheNounAsOneWordDoes() {
        assertThat(counted("The regiment received 3,000 South Korean shells and 12 North Korean launchers."))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("3,000 South Korean shells", "rounds"), tuple("12 North Korean launchers", "items"));
        assertThat(counted("Officials said 40 South African instructors had arrived.")).extracting(Mention::text).containsExactly("40 South African instructors");
    }

    @Test
    void piecesCountMaterielAsTheyCountItemNouns() {
        assertThat(counted("Армия получила 300 единиц вооружения и 1,5 тысячи единиц бронированной техники."))
                .extracting(Mention::text, Mention::unit).containsExactly(tuple("300 единиц вооружения", "items"),
                        tuple("1,5 тысячи единиц бронированной техники", "items"));
        assertThat(counted("Армія отримала 25 одиниць важкого озброєння.")).extracting(Mention::text).containsExactly("25 одиниць важкого озброєння");
    }

    @Test
    void aNumberAloneAfterACapitalisedWordOrADayNumbersThatWord() {
        // A question's number, a person's age, a day: none counts the tanks named before.
        assertThat(counted("Berlin lieferte 14 Panzer (Antwort zu Frage 12).")).extracting(Mention::text).containsExactly("14 Panzer");
        assertThat(counted("The army has 40 tanks, said Colonel Hart (45).")).extracting(Mention::text).containsExactly("40 tanks");
        assertThat(counted("Kiev a reçu 12 chars, a dit ce jeudi 23, le ministre.")).extracting(Mention::text).containsExactly("12 chars");
        assertThat(counted("Zwölf Panzer kamen an, sagte Minister Weber (52).")).extracting(Mention::text).containsExactly("Zwölf Panzer");
        // Each state's share of what was counted, and a part of it named after the number, are counts.
        assertThat(counted("The allies pledged 20 tanks: Germany 14, Portugal 6.")).extracting(Mention::text).containsExactly("20 tanks", "14", "6");
        assertThat(counted("Geliefert wurden fünf Bergepanzer (zwei davon aus Beständen der Industrie)."))
                .extracting(Mention::text).containsExactly("fünf Bergepanzer", "zwei");
    }

    @Test
    void anInfantryFightingVehicleIsOneNounWithItsGenitive() {
        assertThat(counted("На складе стоят 11 боевых машин пехоты, ещё две боевые машины пехоты в ремонте."))
                .extracting(Mention::text).containsExactly("11 боевых машин пехоты", "две боевые машины пехоты");
        assertThat(counted("На складі стоять 7 бойових машин піхоти.")).extracting(Mention::text).containsExactly("7 бойових машин піхоти");
    }
}
