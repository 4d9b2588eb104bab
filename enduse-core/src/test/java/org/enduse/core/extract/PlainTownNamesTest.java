package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Small towns of the theatre and the donor states are read when no name of theirs is an ordinary
 * word (geo/place-words.txt); a town named like a noun stays unread.
 */
class PlainTownNamesTest {
    @Test
    void aSmallTownWhoseNameIsNoWordIsRead() {
        assertThat(TestNames.bundledPlaces("Die Schützenpanzer wurden in Nordenham auf ein Schiff verladen.")).containsExactly("Nordenham");
        assertThat(TestNames.bundledPlaces("Drones struck a depot near Grayvoron on Tuesday.")).containsExactly("Grayvoron");
    }

    @Test
    void aTownNamedLikeANounIsNot() {
        // Norden (Lower Saxony, 25,000 people) is also German for "the north".
        assertThat(TestNames.bundledPlaces("Die Brigade kämpft seit Wochen im Norden.")).isEmpty();
        // Aue (Saxony) is also a river meadow.
        assertThat(TestNames.bundledPlaces("Die Übung fand auf einer Aue statt.")).isEmpty();
    }
}
