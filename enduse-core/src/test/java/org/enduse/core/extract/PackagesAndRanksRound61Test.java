package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Round 61's quantities (docs/devset.md, "Round 61, quantities"): a number counts packages of aid, spelled out too, with
 * the aid or arms a Ukrainian or Russian package is of; a Ukrainian or Russian figure before a brigade or package in a
 * case its number cannot govern ranks it, and counts nothing. Every sentence is written for this test.
 */
class PackagesAndRanksRound61Test {
    private static List<Tuple> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY).stream().map(m -> tuple(m.text(), m.unit())).toList();
    }

    @Test
    void aSpelledOutNumberCountsPackages() {
        assertThat(counted("Het parlement besprak vier pakketten.")).containsExactly(tuple("vier pakketten", "items"));
        assertThat(counted("De eerste twee steunpakketten zijn al klaar.")).containsExactly(tuple("twee steunpakketten", "items"));
        assertThat(counted("Уряд обговорював два пакети допомоги, які ще не оплачені.")).containsExactly(tuple("два пакети допомоги", "items"));
    }

    @Test
    void aSlavicPackageTakesTheAidItIsOf() {
        assertThat(counted("Уряд обговорював 34 пакети військової допомоги.")).containsExactly(tuple("34 пакети військової допомоги", "items"));
        assertThat(counted("Депутаты обсуждали пять пакетов американской военной помощи."))
                .containsExactly(tuple("пять пакетов американской военной помощи", "items"));
    }

    @Test
    void aSlavicPackageDoesNotTakeWhatFollowsAComma() {
        assertThat(counted("Данія передала два пакети, а Норвегія оплатила танки.")).containsExactly(tuple("два пакети", "items"));
    }

    @Test
    void aFigureBeforeABrigadeInTheSingularRanksIt() {
        assertThat(counted("Штаб 47 бригади переїхав.")).isEmpty();
        assertThat(counted("Штаб 47 бригады переехал.")).isEmpty();
        assertThat(counted("Депутаты обсуждали 19 пакет помощи.")).isEmpty();
    }

    @Test
    void aFigureBeforeTheGenitivePluralOrAPluralCaseStillCounts() {
        assertThat(counted("Бійці 47 бригад відбили атаку.")).containsExactly(tuple("47 бригад", "items"));
        assertThat(counted("Разом з 5 бригадами діяли 3 батальйони."))
                .containsExactly(tuple("5 бригадами", "items"), tuple("3 батальйони", "items"));
    }

    @Test
    void aPackageNamedAgainOrWithoutANumberIsNoCount() {
        assertThat(counted("De twee pakketten zijn betaald.")).isEmpty();
        assertThat(counted("Les deux paquets sont arrivés à Kiev.")).isEmpty();
        assertThat(counted("Het pakket bevat munitie.")).isEmpty();
    }

    @Test
    void aCountOfPackagesIsNoCountOfTheGoodsGiven() {
        // Main before this round gave the transfer the quantity 26.
        assertThat(TestNames.EXTRACTOR.extract(TestNames.document("t.txt", "Загалом Україна отримала 26 пакетів допомоги."), null).events())
                .isNotEmpty().allSatisfy(e -> assertThat(e.quantity()).isNull());
    }
}
