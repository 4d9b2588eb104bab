package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An English region word belongs to the place's name when written with a capital, as an official name is. */
class PlaceSpansTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<String> places(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), null).mentions().stream()
                .filter(m -> m.kind() == MentionKind.PLACE).map(Mention::text).toList();
    }

    @Test
    void aCapitalisedRegionWordIsPartOfTheName() {
        assertThat(places("Shelling hit Kharkiv Oblast overnight.")).containsExactly("Kharkiv Oblast");
        assertThat(places("The convoy crossed Zaporizhzhia Region at dawn.")).containsExactly("Zaporizhzhia Region");
    }

    @Test
    void aLowercaseRegionWordIsNot() {
        assertThat(places("Shelling hit the Kharkiv region overnight.")).containsExactly("Kharkiv");
    }
}
