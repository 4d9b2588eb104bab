package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.Test;

/** Organisations the catalog does not know, found by the shape of their names. */
class OrganisationShapesTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<String> organisations(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), PartialDate.parse("2024-01-01")).mentions().stream()
                .filter(m -> m.kind() == MentionKind.ORGANIZATION).map(Mention::text).toList();
    }

    @Test
    void capitalisedWordsBeforeABodysWordNameItButNotAsAHeadingAlone() {
        var found = organisations("The Veterans Support Council met on Monday.\nRelated News\n- Belgium sends experts to Ukraine");
        assertThat(found).contains("Veterans Support Council").doesNotContain("Related News");
    }
}
