package org.enduse.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: each language's inflections fold to one form, updates replace and remove, the audit position is kept. */
class LuceneSearchIndexTest {
    @TempDir Path dir;

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void inflectedFormsFindEachOtherInTheirLanguage() {
        try (var index = LuceneSearchIndex.open(dir)) {
            index.rebuild(List.of(
                    new SearchDocument("source", "nl", "Belgische wapens", null, "nl", "Een Belgische pantserwagen werd gezien bij Grajvoron."),
                    new SearchDocument("source", "ru", "Белгород", null, "ru", "В Белгородской области видели американские танки и бронемашины."),
                    new SearchDocument("source", "uk", "Розслідування", null, "uk", "Німеччина передала танки та гаубиці Україні."),
                    new SearchDocument("source", "en", "Raid", null, "en", "Armoured vehicles were photographed near the border.")), 7);
            assertThat(ids(index.search("pantserwagens", 10))).containsExactly("nl");
            assertThat(ids(index.search("танков", 10))).contains("ru");
            assertThat(ids(index.search("гаубиця", 10))).containsExactly("uk");
            assertThat(ids(index.search("vehicle photographs", 10))).containsExactly("en");
            assertThat(ids(index.search("vehicle submarine", 10))).isEmpty();
            assertThat(index.search("pantserwagens", 10).get(0).snippet()).contains("pantserwagen");
            assertThat(index.search("", 10)).isEmpty();
            assertThat(index.search("the and", 10)).isEmpty();
            assertThat(index.indexedUpTo()).isEqualTo(7);
        }
    }

    @Test
    void updatesReplaceAndRemoveByKindAndId() {
        try (var index = LuceneSearchIndex.open(dir)) {
            assertThat(index.indexedUpTo()).isEqualTo(-1);
            index.update(List.of(new SearchDocument("sighting", "s1", "one", "/sightings/s1", null, "howitzer")), Set.of(), 3);
            index.update(List.of(new SearchDocument("sighting", "s1", "one", "/sightings/s1", null, "mortar"),
                    new SearchDocument("transfer", "s1", "same id, other kind", null, null, "howitzer")), Set.of(), 4);
            assertThat(index.search("howitzer", 10)).extracting(SearchHit::kind).containsExactly("transfer");
            assertThat(index.search("mortar", 10)).extracting(SearchHit::link).containsExactly("/sightings/s1");
            index.update(List.of(), Set.of("sighting:s1"), 5);
            assertThat(index.search("mortar", 10)).isEmpty();
            assertThat(index.indexedUpTo()).isEqualTo(5);
        }
        try (var reopened = LuceneSearchIndex.open(dir)) {
            assertThat(reopened.indexedUpTo()).isEqualTo(5);
            assertThat(ids(reopened.search("howitzer", 10))).containsExactly("s1");
        }
    }
}
