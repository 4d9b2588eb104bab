package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 55's counts (docs/devset.md, "Round 55, quantities"): the members of an alliance named before
 * the counted noun, a Ukrainian or Russian compound whose head comes first, the body such a noun
 * belongs to, the Dutch quantitative "er", a large part after "of which", occupiers as persons, and numbers of times, views and
 * miles, which count nothing. After the review (branch fix55q): a count of states is no count of the goods a transfer
 * gives, and an "er" that opens its clause or a number with a measure after it counts nothing. Every sentence is
 * written for this test.
 */
class MembersAndElidedCountsTest {
    private static List<Mention> found(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY);
    }

    private static List<String> counted(String text) {
        return found(text).stream().map(Mention::text).toList();
    }

    @Test
    void anAllianceBeforeTheCountedNounSaysWhoseMembersAreCounted() {
        assertThat(counted("Ministers of 30 NATO member states met again.")).containsExactly("30 NATO member states");
        assertThat(counted("Vertreter von 31 NATO-Staaten kamen erneut zusammen.")).containsExactly("31 NATO-Staaten");
        assertThat(counted("Ook elf NATO-landen tekenden de verklaring.")).containsExactly("elf NATO-landen");
        // A spelled-out number after an article names the parties again, as with any counted noun.
        assertThat(counted("De elf NATO-landen tekenden de verklaring.")).isEmpty();
    }

    @Test
    void aSlavicCompoundIsCountedByItsFirstPartWithTheBodyItBelongsTo() {
        assertThat(counted("Министры 16 стран-участниц встретились снова.")).containsExactly("16 стран-участниц");
        assertThat(counted("Заяву підписали дві країни НАТО.")).containsExactly("дві країни НАТО");
    }

    @Test
    void theDutchQuantitativeErStandsForTheGoodsNamedBefore() {
        assertThat(counted("Leopard-tanks zijn duur. Nederland leaset er achttien van Duitsland.")).containsExactly("achttien");
        assertThat(counted("Drones zijn goedkoop. Het leger wil er nog eens 48 bouwen.")).containsExactly("48");
        // With no goods named before, the number counts nothing known.
        assertThat(counted("Het bestuur wil er nog eens 48 bouwen.")).isEmpty();
    }

    @Test
    void aLargePartOfALargeCountIsCountedAfterARelativePartitive() {
        assertThat(counted("На складі зберігали 3,7 мільйона снарядів, з яких 1,3 мільйона були старими."))
                .containsExactly("3,7 мільйона снарядів", "1,3 мільйона");
        assertThat(counted("The depot held 850 thousand shells, of which 320 thousand were old.")).containsExactly("850 thousand shells", "320 thousand");
    }

    @Test
    void occupiersArePersons() {
        assertThat(found("За тиждень було ліквідовано 610 окупантів.")).singleElement().extracting(Mention::unit).isEqualTo("persons");
    }

    @Test
    void timesViewsAndMilesCountNothing() {
        assertThat(counted("Ролик набрал 129 просмотров, хотя его показали всего три раза.")).isEmpty();
        assertThat(counted("Україна лише один раз намагалася застосувати Atacms.")).isEmpty();
        assertThat(counted("La portée du missile atteint 310 miles.")).isEmpty();
    }

    private static List<Long> transferQuantities(String text) {
        return TestNames.EXTRACTOR.extract(TestNames.document("t.txt", text), null).events().stream()
                .filter(e -> e.type() == EventType.TRANSFER).map(e -> e.quantity() == null ? null : e.quantity().longValueExact()).toList();
    }

    @Test
    void aCountOfStatesIsNeverTheQuantityOfTheTransfer() {
        assertThat(transferQuantities("Zwölf Nato-Staaten haben Kiew im Frühjahr 300 Schützenpanzer geliefert."))
                .containsExactly(300L);
        assertThat(transferQuantities("Negen EU-lidstaten sturen samen 40 tanks naar Oekraïne.")).containsExactly(40L);
        assertThat(transferQuantities("Три країни НАТО передали Україні 12 гаубиць.")).containsExactly(12L);
    }

    @Test
    void aCountOfStatesBeforeTheVerbIsNoGoodsTheVerbDescribes() {
        // "agreed to send" right after the count read it as goods described by a participle, and the transfer was lost.
        assertThat(transferQuantities("Nine EU countries agreed to send 2 million rounds to Ukraine.")).containsExactly(2000000L);
    }

    @Test
    void anErOpeningItsClauseOrANumberWithAMeasureCountsNothing() {
        assertThat(counted("Nederland levert drones aan Oekraïne. Er wordt al 5 weken over onderhandeld.")).isEmpty();
        assertThat(counted("Nederland levert drones aan Oekraïne. De kolonel heeft er 25 jaar gewerkt.")).isEmpty();
        assertThat(counted("Nederland levert drones aan Oekraïne. Er is 4 keer over vergaderd.")).isEmpty();
    }
}
