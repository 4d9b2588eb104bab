package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups extractions that report the same event, without translating anything: documents are
 * compared by their {@link StoryFeatures}. Two documents whose shared features weigh at least
 * {@link StoryFeatures#THRESHOLD}, one of them at least {@link StoryFeatures#STRONG} in both, are
 * linked; a story is a connected group, and says which features its links shared.
 *
 * Documents are added one at a time and each is compared only with the earlier documents that
 * carry one of its strong features (a link needs one), and not at all with those already in its
 * story (a link there changes no group). Comparing every pair instead took 31 s for 2,000 news
 * documents and grew with the square of the run.
 */
public final class StoryGrouper {
    /** Feature names as small numbers, so each document keeps two int arrays rather than a map of strings. */
    private final Map<String, Integer> featureIds = new HashMap<>();
    private final List<String> featureNames = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    /** Per document: its feature ids in increasing order, and their weights at the same positions. */
    private final List<int[]> features = new ArrayList<>();
    private final List<int[]> weights = new ArrayList<>();
    /** Union-find over documents: a root stands for its story. */
    private int[] parent = new int[64];
    /** Per document, 1 + the last document it was compared with, so two strong features shared do not mean two comparisons. */
    private int[] comparedWith = new int[64];
    /** Per strong feature: the documents carrying it strongly, kept together by story. */
    private final Map<Integer, List<Members>> carriers = new HashMap<>();
    /** Each link made: the later document and the ids of the features the two shared. */
    private final List<Link> links = new ArrayList<>();

    private record Link(int document, int[] shared) {}

    /** Documents of one story that carry one strong feature; their story's root may be out of date until {@link #current}. */
    private static final class Members {
        int root;
        int[] documents = new int[4];
        int size;

        Members(int root) {
            this.root = root;
        }

        void add(int document) {
            if (size == documents.length) documents = Arrays.copyOf(documents, size * 2);
            documents[size++] = document;
        }

        void addAll(Members other) {
            for (int i = 0; i < other.size; i++) add(other.documents[i]);
        }
    }

    /** Groups a whole list at once; sources name the documents as their {@code document().source()}. */
    public static List<Story> group(List<Extraction> extractions) {
        var grouper = new StoryGrouper();
        for (Extraction x : extractions) grouper.add(x.document().source(), x);
        return grouper.stories();
    }

    /** Adds a document, named in the stories by {@code source}, and links it with the earlier ones it reports the same event as. */
    public void add(String source, Extraction x) {
        int doc = sources.size();
        sources.add(source);
        keep(StoryFeatures.of(x));
        if (doc == parent.length) {
            parent = Arrays.copyOf(parent, doc * 2);
            comparedWith = Arrays.copyOf(comparedWith, doc * 2);
        }
        parent[doc] = doc;
        int[] ids = features.get(doc), w = weights.get(doc);
        for (int k = 0; k < ids.length; k++) {
            if (w[k] < StoryFeatures.STRONG) continue;
            List<Members> stories = carriers.get(ids[k]);
            if (stories != null) linkWithin(doc, current(stories));
        }
        for (int k = 0; k < ids.length; k++) {
            if (w[k] >= StoryFeatures.STRONG) join(carriers.computeIfAbsent(ids[k], id -> new ArrayList<>()), doc);
        }
    }

    /** The stories so far, one per connected group (single documents too), in the order of their first document. */
    public List<Story> stories() {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        Map<Integer, TreeSet<String>> why = new HashMap<>();
        for (Link link : links) {
            var names = why.computeIfAbsent(find(link.document()), k -> new TreeSet<>());
            for (int id : link.shared()) names.add(featureNames.get(id));
        }
        List<Story> stories = new ArrayList<>();
        int number = 0;
        for (var group : groups.entrySet()) {
            stories.add(new Story("story-" + (++number), group.getValue().stream().map(sources::get).toList(),
                    new ArrayList<>(why.getOrDefault(group.getKey(), new TreeSet<>()))));
        }
        return stories;
    }

    private void keep(Map<String, Integer> named) {
        int[] ids = new int[named.size()];
        int n = 0;
        for (String name : named.keySet()) {
            ids[n++] = featureIds.computeIfAbsent(name, k -> {
                featureNames.add(k);
                return featureNames.size() - 1;
            });
        }
        Arrays.sort(ids);
        int[] w = new int[ids.length];
        for (int k = 0; k < ids.length; k++) w[k] = named.get(featureNames.get(ids[k]));
        features.add(ids);
        weights.add(w);
    }

    /** Compares the document with the members of each other story until one links (then the rest of that story is its own). */
    private void linkWithin(int doc, List<Members> stories) {
        for (Members story : stories) {
            for (int m = 0; m < story.size && find(story.root) != find(doc); m++) {
                int other = story.documents[m];
                if (comparedWith[other] == doc + 1) continue;
                comparedWith[other] = doc + 1;
                int[] shared = sharedIfLinked(other, doc);
                if (shared != null) {
                    parent[find(doc)] = find(other);
                    links.add(new Link(doc, shared));
                }
            }
        }
    }

    /** The ids of the features two documents share when they are linked, else null. */
    private int[] sharedIfLinked(int a, int b) {
        int[] ia = features.get(a), wa = weights.get(a), ib = features.get(b), wb = weights.get(b);
        int score = 0, count = 0;
        boolean strong = false;
        for (int x = 0, y = 0; x < ia.length && y < ib.length; ) {
            if (ia[x] < ib[y]) x++;
            else if (ia[x] > ib[y]) y++;
            else {
                int w = Math.min(wa[x++], wb[y++]);
                score += w;
                strong |= w >= StoryFeatures.STRONG;
                count++;
            }
        }
        if (score < StoryFeatures.THRESHOLD || !strong) return null;
        int[] shared = new int[count];
        int n = 0;
        for (int x = 0, y = 0; x < ia.length && y < ib.length; ) {
            if (ia[x] < ib[y]) x++;
            else if (ia[x] > ib[y]) y++;
            else {
                shared[n++] = ia[x++];
                y++;
            }
        }
        return shared;
    }

    /** Brings the stories' roots up to date, merging the members of stories that have been joined since. */
    private List<Members> current(List<Members> stories) {
        if (stories.size() == 1) {
            stories.get(0).root = find(stories.get(0).root);
            return stories;
        }
        Map<Integer, Members> byRoot = new LinkedHashMap<>();
        for (Members story : stories) {
            story.root = find(story.root);
            Members kept = byRoot.putIfAbsent(story.root, story);
            if (kept != null) kept.addAll(story);
        }
        if (byRoot.size() < stories.size()) {
            stories.clear();
            stories.addAll(byRoot.values());
        }
        return stories;
    }

    /** Adds the document to its story's members of one feature (that list is current: {@link #add} just looked at it). */
    private void join(List<Members> stories, int doc) {
        int root = find(doc);
        for (Members story : stories) {
            if (find(story.root) == root) {
                story.add(doc);
                return;
            }
        }
        var story = new Members(root);
        story.add(doc);
        stories.add(story);
    }

    private int find(int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
