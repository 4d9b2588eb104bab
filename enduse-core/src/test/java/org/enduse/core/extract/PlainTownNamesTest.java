package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small towns of the theatre and the donor states are read when no name of theirs is an ordinary
 * word (geo/place-words.txt); a town named like a noun stays unread.
 */
class PlainTownNamesTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<String> places(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), null).mentions().stream()
                .filter(m -> m.kind() == MentionKind.PLACE).map(Mention::text).toList();
    }

    @Test
    void aSmallTownWhoseNameIsNoWordIsRead() {
        assertThat(places("Die Schützenpanzer wurden in Nordenham auf ein Schiff verladen.")).containsExactly("Nordenham");
        assertThat(places("Drones struck a depot near Grayvoron on Tuesday.")).containsExactly("Grayvoron");
    }

    @Test
    void aTownNamedLikeANounIsNot() {
        // Norden (Lower Saxony, 25,000 people) is also German for "the north".
        assertThat(places("Die Brigade kämpft seit Wochen im Norden.")).isEmpty();
        // Aue (Saxony) is also a river meadow.
        assertThat(places("Die Übung fand auf einer Aue statt.")).isEmpty();
    }
}
