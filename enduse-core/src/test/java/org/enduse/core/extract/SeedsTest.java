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

    @Test
    void printsForInspection() {
        for (Extraction x : RESULTS) System.out.println(ExtractionJson.line(x));
        assertThat(RESULTS).hasSize(4);
    }
}
