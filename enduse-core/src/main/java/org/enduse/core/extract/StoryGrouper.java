package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.enduse.core.catalog.ActorKind;

/**
 * Groups extractions that report the same event, without translating anything: documents are
 * compared by what extraction resolved, which is language-neutral (catalog ids, place ids,
 * countries involved in sightings and inquiries, amounts). Two documents whose shared features
 * weigh at least {@link #THRESHOLD} are linked; a story is a connected group.
 *
 * Weights say how telling a shared feature is: the same equipment type or armed group, or the same
 * countries in a sighting, is strong; the same minister is weak (ministers are in every story);
 * merely naming the same countries is very weak; the same newspaper says nothing about the event.
 */
public final class StoryGrouper {
    static final double THRESHOLD = 4.0;
    static final double STRONG = 2.0;

    private StoryGrouper() {}

    public static List<Story> group(List<Extraction> extractions) {
        List<Map<String, Double>> features = extractions.stream().map(StoryGrouper::features).toList();
        int n = extractions.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<Integer, TreeSet<String>> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double score = 0;
                boolean strong = false;
                List<String> common = new ArrayList<>();
                for (var f : features.get(i).entrySet()) {
                    Double other = features.get(j).get(f.getKey());
                    if (other != null) {
                        double w = Math.min(f.getValue(), other);
                        score += w;
                        strong |= w >= STRONG;
                        common.add(f.getKey());
                    }
                }
                if (score >= THRESHOLD && strong) {
                    int a = find(parent, i), b = find(parent, j);
                    parent[b] = a;
                    shared.computeIfAbsent(i, k -> new TreeSet<>()).addAll(common);
                    shared.computeIfAbsent(j, k -> new TreeSet<>()).addAll(common);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        List<Story> stories = new ArrayList<>();
        int number = 0;
        for (List<Integer> members : groups.values()) {
            TreeSet<String> why = new TreeSet<>();
            for (int m : members) why.addAll(shared.getOrDefault(m, new TreeSet<>()));
            stories.add(new Story("story-" + (++number), members.stream().map(m -> extractions.get(m).document().source()).toList(),
                    new ArrayList<>(why)));
        }
        return stories;
    }

    static Map<String, Double> features(Extraction x) {
        Map<String, Double> f = new HashMap<>();
        for (Mention m : x.mentions()) {
            switch (m.kind()) {
                case EQUIPMENT -> put(f, "entity:" + m.id(), 3);
                case PLACE -> put(f, "entity:" + m.id(), m.id().startsWith("capital-") ? 0.5 : 3);
                case ORGANIZATION -> {
                    if (m.actorKind() == ActorKind.MEDIA_OUTLET) break;
                    put(f, "entity:" + m.id(), m.mayHold() ? 3 : 1);
                }
                case PERSON -> put(f, "person:" + (m.id() != null ? m.id() : m.name()), 0.5);
                case COUNTRY -> put(f, "country:" + m.code(), 0.2);
                case MONEY -> put(f, "money:" + m.currency() + ":" + m.amount().toPlainString(), 3);
                case QUANTITY -> put(f, "quantity:" + m.amount().toPlainString(), 1.5);
                default -> { }
            }
        }
        for (Event e : x.events()) {
            switch (e.type()) {
                case SIGHTING -> {
                    // The countries named in a sighting's sentence: whose arms, where, whose forces.
                    for (Mention m : x.mentions()) {
                        if (m.start() >= e.evidenceStart() && m.end() <= e.evidenceEnd() && m.country() != null
                                && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.ORGANIZATION)) {
                            put(f, "sighting:" + m.country(), 2);
                        }
                    }
                }
                case INQUIRY -> { if (e.by() != null) put(f, "inquiry:" + e.by(), 1); }
                case TRANSFER -> { if (e.donor() != null && e.recipient() != null) put(f, "transfer:" + e.donor() + ">" + e.recipient(), 1); }
                case STATEMENT -> { if (e.by() != null) put(f, "statement:" + e.by() + ":" + e.stance(), 0.5); }
            }
        }
        return f;
    }

    private static void put(Map<String, Double> f, String key, double weight) {
        f.merge(key, weight, Math::max);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
