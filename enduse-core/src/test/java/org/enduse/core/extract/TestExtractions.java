package org.enduse.core.extract;

import java.util.List;
import org.enduse.core.common.PartialDate;

/** What the standard extractor (bundled catalog) finds in one test sentence, for the tests of mentions. */
final class TestExtractions {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private TestExtractions() {}

    /** The mentions of one kind, without a publication date. */
    static List<Mention> found(String text, MentionKind kind) {
        return STANDARD.extract(TestNames.document("t.txt", text), null).mentions().stream().filter(m -> m.kind() == kind).toList();
    }

    /** The language the document is read in. */
    static String language(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), null).language();
    }

    /** The dates found, each as "text=value" ("text=" when unresolved). */
    static List<String> dates(String text, String published) {
        return STANDARD.extract(TestNames.document("t.txt", text), published == null ? null : PartialDate.parse(published)).mentions().stream()
                .filter(m -> m.kind() == MentionKind.DATE).map(m -> m.text() + "=" + (m.date() == null ? "" : m.date().toString())).toList();
    }
}
