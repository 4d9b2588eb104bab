package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * A figure before a plural noun the lexicon does not list counts it, known by the plural its
 * language gives the noun after a number. Every sentence is written for this test.
 */
class UnlistedNounsTest {
    private static java.util.List<Mention> counted(String text) {
        return TestExtractions.found(text, MentionKind.QUANTITY);
    }

    @Test
    void aFigureCountsAPluralNounAfterItsModifiers() {
        assertThat(counted("The army said that its strikes hit 43 enemy depots over the weekend.")).extracting(Mention::text, m -> m.amount().intValue(), Mention::unit)
                .containsExactly(tuple("43 enemy depots", 43, "items"));
        assertThat(counted("La commission a examiné 2.300 dossiers en un an.")).extracting(Mention::text).containsExactly("2.300 dossiers");
        assertThat(counted("Die Behörde teilte mit, dass sie bisher 350 Ausfuhranträge geprüft hat.")).extracting(Mention::text).containsExactly("350 Ausfuhranträge");
        assertThat(counted("Служба зафіксувала 120 інцидентів за тиждень.")).extracting(Mention::text).containsExactly("120 інцидентів");
        assertThat(counted("Ведомство зафиксировало 64 инцидентов за месяц.")).extracting(Mention::text).containsExactly("64 инцидентов");
    }

    @Test
    void spelledOutNumbersMeasuresAndVerbsCountNothingHere() {
        // A spelled-out small number before an unlisted noun is discourse, not a reported count.
        // Towns, states and units are counted since round 18 (counted-nouns.tsv, CountedNounsTest): "two key towns" is a count.
        assertThat(counted("The army said that the offensive was aimed at two key towns in the east.")).extracting(Mention::text).containsExactly("two key towns");
        assertThat(counted("Il y a deux groupes rivaux dans la région.")).isEmpty();
        // Measures, participles and verbs end in the plural too.
        assertThat(counted("The army said that the convoy stopped for 40 seconds and then drove 300 yards further.")).isEmpty();
        assertThat(counted("Sur les 12 prévus, 6 livrés arrivent demain.")).isEmpty();
    }
}
