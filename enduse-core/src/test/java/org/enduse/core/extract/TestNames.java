package org.enduse.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.source.Source;

/** The test dictionary (src/test/resources/extract/names.tsv) and helpers shared by extraction tests. */
final class TestNames {
    static final Extractor EXTRACTOR = Extractor.withBuiltInNames(TsvNameSource.resource("/devset/names.tsv"));

    private TestNames() {}

    /** The events of one type the test dictionary's extractor reads in a text, in order. */
    static java.util.List<Event> events(String text, EventType type) {
        return EXTRACTOR.extract(document("test", text), null).events().stream().filter(e -> e.type() == type).toList();
    }

    /** The mentions the bundled catalog and gazetteer (as `extract` reads) find in a text, in order. */
    static java.util.List<Mention> bundledMentions(String text) {
        return Bundled.EXTRACTOR.extract(document("t.txt", text), null).mentions();
    }

    /** The texts of the mentions of one kind the bundled catalog and gazetteer find in a text, in order. */
    static java.util.List<String> bundledTexts(String text, MentionKind kind) {
        return bundledMentions(text).stream().filter(m -> m.kind() == kind).map(Mention::text).toList();
    }

    /** The places the bundled catalog and gazetteer (as `extract` reads) find in a text, in order. */
    static java.util.List<String> bundledPlaces(String text) {
        return bundledTexts(text, MentionKind.PLACE);
    }

    /** The events of one type the bundled catalog and gazetteer (as `extract` reads) find in a text, in order. */
    static java.util.List<Event> bundledEvents(String text, EventType type) {
        return Bundled.EXTRACTOR.extract(document("t.txt", text), null).events().stream().filter(e -> e.type() == type).toList();
    }

    /** Built on first use: the bundled dictionaries take a while to load and most tests never need them. */
    private static final class Bundled {
        static final Extractor EXTRACTOR = Extractor.standard(sink -> { });
    }

    static Document document(String source, String text) {
        return new Document(source, source, Source.sha256Of(text.getBytes(StandardCharsets.UTF_8)), DocumentFormat.TEXT, "UTF-8",
                null, null, Instant.EPOCH, text);
    }

    static String resource(String path) {
        try (InputStream in = TestNames.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
