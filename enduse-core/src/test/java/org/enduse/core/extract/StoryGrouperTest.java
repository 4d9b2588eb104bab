package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The grouper compares a document only with earlier ones sharing a strong feature, and not with
 * its own story; these runs check that it finds the same stories as comparing every pair does.
 */
class StoryGrouperTest {

    @Test
    void aLargeRunGivesTheSameStoriesAsComparingEveryPair() {
        List<Extraction> run = syntheticRun(3_000, 400, new Random(7));
        List<Story> stories = StoryGrouper.group(run);
        assertThat(partition(stories)).isEqualTo(everyPairPartition(run));
        assertThat(stories.stream().filter(s -> s.sources().size() > 1)).hasSizeGreaterThan(50)
                .allSatisfy(s -> assertThat(s.sharedFeatures()).isNotEmpty());
    }

    @Test
    void copiesOfFewReportsMakeOneDenseStoryAsComparingEveryPairDoes() {
        // Like the ingest benchmark: many documents that all share strong features.
        List<Extraction> run = syntheticRun(2_000, 3, new Random(11));
        assertThat(partition(StoryGrouper.group(run))).isEqualTo(everyPairPartition(run));
    }

    @Test
    void theSharedFeaturesAreThoseOfTheLinks() {
        var a = extraction("a", equipment("fn-scar"), place("RU-BEL"), country("BE"));
        var b = extraction("b", equipment("fn-scar"), place("RU-BEL"), country("UA"));
        var c = extraction("c", equipment("m1151a1"), place("RU-KUR"));
        List<Story> stories = StoryGrouper.group(List.of(a, b, c));
        assertThat(stories).extracting(Story::sources).containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(stories.get(0).sharedFeatures()).containsExactly("entity:RU-BEL", "entity:fn-scar");
        assertThat(stories.get(1).sharedFeatures()).isEmpty();
    }

    @Test
    void aVillageTheGazetteerLacksLinksReportsByItsName() {
        var a = extraction("a", unlistedPlace("Глотово"), equipment("maxxpro"));
        var b = extraction("b", unlistedPlace("глотово"), equipment("maxxpro"));
        var c = extraction("c", unlistedPlace("Козинка"), equipment("maxxpro"));
        assertThat(StoryGrouper.group(List.of(a, b, c)).get(0).sharedFeatures()).containsExactly("entity:maxxpro", "place:глотово");
    }

    @Test
    void weakFeaturesAloneLinkNothing() {
        // Twenty shared countries weigh 4.0 together, but none is strong.
        var countries = new ArrayList<Mention>();
        for (String code : List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                "LV", "MT")) {
            countries.add(country(code));
        }
        var stories = StoryGrouper.group(List.of(extraction("a", countries.toArray(Mention[]::new)),
                extraction("b", countries.toArray(Mention[]::new))));
        assertThat(stories).hasSize(2);
    }

    @Test
    void organisationsTheCatalogDoesNotKnowLinkNothing() {
        // Names found by their shape only ("Federal Government", a unit by its number) have no id to compare.
        // With the count and the country they share, a shared "entity:null" would have weighed enough to link them.
        var a = extraction("a", unresolvedOrganisation("Federal Government"), quantity(200), country("BE"));
        var b = extraction("b", unresolvedOrganisation("Related News"), quantity(200), country("BE"));
        assertThat(StoryGrouper.group(List.of(a, b))).hasSize(2);
    }

    /** Documents about {@code events} events: each repeats some of its event's features, plus common noise. */
    private static List<Extraction> syntheticRun(int documents, int events, Random random) {
        List<Extraction> out = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            int event = random.nextInt(events);
            var mentions = new ArrayList<Mention>();
            var own = new Random(event);
            // The event's equipment and place, each reported by most of its documents.
            if (random.nextInt(10) < 8) mentions.add(equipment("eq-" + own.nextInt(150)));
            if (random.nextInt(10) < 6) mentions.add(place("pl-" + own.nextInt(80)));
            if (random.nextInt(10) < 3) mentions.add(quantity(own.nextInt(500)));
            // Noise every document has some of: popular equipment and places, countries.
            for (int k = random.nextInt(3); k > 0; k--) mentions.add(equipment("eq-" + (int) Math.pow(random.nextInt(40), 1.3)));
            if (random.nextBoolean()) mentions.add(place("capital-" + random.nextInt(8)));
            for (int k = random.nextInt(6); k > 0; k--) mentions.add(country("C" + (char) ('A' + random.nextInt(20))));
            out.add(extraction("doc-" + d, mentions.toArray(Mention[]::new)));
        }
        return out;
    }

    /** The reference: every pair compared by the rule as documented, connected groups by union-find. */
    private static Set<Set<String>> everyPairPartition(List<Extraction> run) {
        List<Map<String, Integer>> features = run.stream().map(StoryFeatures::of).toList();
        int n = run.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int score = 0;
                boolean strong = false;
                for (var f : features.get(i).entrySet()) {
                    Integer other = features.get(j).get(f.getKey());
                    if (other == null) continue;
                    int w = Math.min(f.getValue(), other);
                    score += w;
                    strong |= w >= 20;
                }
                if (score >= 40 && strong) parent[root(parent, j)] = root(parent, i);
            }
        }
        Map<Integer, Set<String>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(run.get(i).document().source());
        return new HashSet<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i];
        return i;
    }

    private static Set<Set<String>> partition(List<Story> stories) {
        return stories.stream().map(s -> (Set<String>) new TreeSet<>(s.sources())).collect(Collectors.toSet());
    }

    private static Extraction extraction(String source, Mention... mentions) {
        return new Extraction(TestNames.document(source, "text"), "en", List.of(), null, List.of(mentions), List.of());
    }

    private static Mention equipment(String id) {
        return new Mention(MentionKind.EQUIPMENT, id, 0, 1, id, id, null, null, null, null, null, null, null, null, 1, null);
    }

    private static Mention place(String id) {
        return new Mention(MentionKind.PLACE, id, 0, 1, id, id, null, null, null, null, null, null, null, null, 1, null);
    }

    private static Mention unlistedPlace(String name) {
        return new Mention(MentionKind.PLACE, name, 0, 1, null, name, null, null, null, null, null, null, null, null, 1, null);
    }

    private static Mention unresolvedOrganisation(String name) {
        return new Mention(MentionKind.ORGANIZATION, name, 0, 1, null, name, null, null, null, null, null, null, null, null, 1, null);
    }

    private static Mention country(String code) {
        return new Mention(MentionKind.COUNTRY, code, 0, 1, code, code, code, code, null, null, null, null, null, null, 1, null);
    }

    private static Mention quantity(int amount) {
        return new Mention(MentionKind.QUANTITY, "" + amount, 0, 1, null, null, null, null, BigDecimal.valueOf(amount), "items", null, null,
                null, null, 1, null);
    }
}
