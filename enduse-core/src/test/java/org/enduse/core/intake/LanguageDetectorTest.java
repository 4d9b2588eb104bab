package org.enduse.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Accuracy on hand-written samples in eleven languages; the numbers are in docs/decisions/0004. */
class LanguageDetectorTest {
    record Sample(String language, String length, String text) {}

    static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/language/samples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Sample(f[0], f[1], f[2]));
            }
        }
        return out;
    }

    @Test
    void longTextsAreAllRightAndShortOnesMostly() throws IOException {
        Map<String, int[]> byLength = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Sample s : samples()) {
            var guess = LanguageDetector.get().detect(s.text());
            boolean ok = guess != null && guess.language().equals(s.language());
            int[] counts = byLength.computeIfAbsent(s.length(), k -> new int[2]);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            if (!ok) wrong.add(s.language() + "→" + (guess == null ? "none" : guess.language()) + ": " + s.text());
        }
        byLength.forEach((k, v) -> System.out.printf("language %s: %d/%d%n", k, v[0], v[1]));
        wrong.forEach(w -> System.out.println("  wrong " + w));
        assertThat(byLength.get("long")[0]).isEqualTo(byLength.get("long")[1]);
        assertThat(byLength.get("short")[0]).isGreaterThanOrEqualTo((int) Math.ceil(byLength.get("short")[1] * 0.85));
    }

    @Test
    void noLettersMeansNoGuess() {
        assertThat(LanguageDetector.get().detect("12 345 — 2023-05-22")).isNull();
    }
}
