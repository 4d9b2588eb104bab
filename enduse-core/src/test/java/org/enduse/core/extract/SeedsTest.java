package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction on the four real seed reports in ../shared/seeds (skipped when they are absent). */
class SeedsTest {
    private static final Path SEEDS = Path.of(System.getProperty("enduse.seeds", "../../shared/seeds"));
    private static final List<Extraction> RESULTS = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        Path dir = Files.isDirectory(SEEDS) ? SEEDS : Path.of("/work/shared/seeds");
        assumeTrue(Files.isDirectory(dir), "the seed reports are not here: " + SEEDS.toAbsolutePath());
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                RESULTS.add(TestNames.EXTRACTOR.extract(TestNames.document(f.getFileName().toString(), Files.readString(f)),
                        PartialDate.parse("2023-06-01")));
            }
        }
    }

    private static Extraction seed(String prefix) {
        return RESULTS.stream().filter(x -> x.document().source().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<Mention> mentions(String prefix, MentionKind kind) {
        return seed(prefix).mentions().stream().filter(m -> m.kind() == kind).toList();
    }

    @Test
    void languagesAreDetected() {
        assertThat(RESULTS).extracting(Extraction::language).containsExactly("en", "en", "en", "nl");
    }

    @Test
    void offsetsPointAtTheWords() {
        for (Extraction x : RESULTS) {
            for (Mention m : x.mentions()) assertThat(x.document().text().substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void equipmentCountriesAndMoneyOfSeed000() {
        assertThat(mentions("000", MentionKind.EQUIPMENT)).extracting(Mention::id).contains("fn-scar", "m1151a1", "m1224");
        assertThat(mentions("000", MentionKind.COUNTRY)).extracting(Mention::code).contains("BE", "UA", "RU", "US", "PL", "CZ");
        assertThat(mentions("000", MentionKind.MONEY)).singleElement().satisfies(m -> {
            assertThat(m.amount()).isEqualByComparingTo("90000000");
            assertThat(m.currency()).isEqualTo("EUR");
        });
        assertThat(mentions("000", MentionKind.PLACE)).extracting(Mention::id).contains("belgorod");
        assertThat(mentions("000", MentionKind.ORGANIZATION)).extracting(Mention::id).contains("rdk", "lsr", "washington-post");
        assertThat(mentions("000", MentionKind.PERSON)).extracting(Mention::name, Mention::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Alexander De Croo", "prime minister"));
        // "Moscow shared photos": the capital stands for Russia.
        assertThat(mentions("000", MentionKind.COUNTRY)).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Moscow");
            assertThat(m.code()).isEqualTo("RU");
        });
    }

    @Test
    void quantitiesOfSeed002() {
        assertThat(mentions("002", MentionKind.QUANTITY)).extracting(m -> m.amount().intValue(), Mention::unit, Mention::item)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3000, "items", "automatic weapons"),
                        org.assertj.core.groups.Tuple.tuple(200, "items", "anti-tank weapons"),
                        org.assertj.core.groups.Tuple.tuple(3800, "tonnes", "fuel"));
        assertThat(seed("002").events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.TRANSFER);
            assertThat(e.donor()).isEqualTo("BE");
            assertThat(e.recipient()).isEqualTo("UA");
            assertThat(e.status()).isEqualTo("delivered");
        });
    }

    @Test
    void eventsOfSeed000And001() {
        assertThat(seed("000").events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SIGHTING);
            assertThat(e.equipment()).contains("FN SCAR");
            assertThat(e.locationCountry()).isEqualTo("RU");
            assertThat(e.place()).isEqualTo("Belgorod");
        });
        assertThat(seed("000").events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.INQUIRY);
            assertThat(e.by()).isEqualTo("BE");
        });
        assertThat(seed("001").events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.by()).isEqualTo("UA");
            assertThat(e.stance()).isEqualTo("confirmation");
        });
    }

    @Test
    void theEnglishAndDutchReportsOnFnWeaponsNearBelgorodAreOneStory() {
        List<Story> stories = StoryGrouper.group(RESULTS);
        Story fn = stories.stream().filter(s -> s.sources().stream().anyMatch(x -> x.startsWith("000"))).findFirst().orElseThrow();
        assertThat(fn.sources()).anyMatch(x -> x.startsWith("003"));
        assertThat(fn.sources()).noneMatch(x -> x.startsWith("002"));
    }
}
