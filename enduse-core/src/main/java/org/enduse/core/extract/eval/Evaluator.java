package org.enduse.core.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.ExtractionJson;
import org.enduse.core.extract.Extractor;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.source.Source;

/**
 * Scores extraction against hand labels. A predicted mention counts as right when a labelled
 * mention of the same kind has the same text and agrees on every other key the label gives (code,
 * id, value, unit, currency...); an event, when a labelled event of the same type agrees on every
 * key the label gives. Each label is matched at most once, predictions and labels paired so that the most agree
 * ({@link MaximumMatching}). Fields are the mention kinds, "event"
 * for all events and "event:TYPE" per type, "event-found" for events found whatever their roles;
 * the document language is scored as "language".
 */
public final class Evaluator {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private Evaluator() {}

    public static Scores score(Extractor extractor, List<LabelledDocument> documents) {
        Scores scores = new Scores();
        for (LabelledDocument d : documents) {
            Document doc = new Document(d.id(), d.id(), Source.sha256Of(d.text().getBytes(StandardCharsets.UTF_8)), DocumentFormat.TEXT,
                    "UTF-8", null, null, Instant.EPOCH, d.text());
            Extraction x = extractor.extract(doc, PartialDate.parseNullable(d.published()));
            boolean langRight = x.language().equals(d.language());
            scores.add("language", d.language(), langRight ? 1 : 0, langRight ? 0 : 1, langRight ? 0 : 1);
            // Scored on the JSON output itself, so labels and consumers see the same keys.
            JsonNode out = read(ExtractionJson.line(x));
            compare(scores, d, list(out.get("mentions")), list(out.get("events")));
        }
        return scores;
    }

    /**
     * Scores a second person's labels of the same documents against the first's, exactly as
     * extraction is scored: how far two careful labellers agree on each field, which bounds what
     * the extractor can be asked to reach. Documents pair by id; the first's documents the second
     * did not label are left out.
     *
     * @throws InvalidInputException when the second labels a document the first does not have
     */
    public static Scores agreement(List<LabelledDocument> first, List<LabelledDocument> second) {
        Map<String, LabelledDocument> byId = new java.util.HashMap<>();
        first.forEach(d -> byId.put(d.id(), d));
        List<InputProblem> unpaired = new ArrayList<>();
        Scores scores = new Scores();
        for (LabelledDocument other : second) {
            LabelledDocument d = byId.get(other.id());
            if (d == null) {
                unpaired.add(InputProblem.of(other.id(), "the first labelling has no document with this id"));
            } else {
                compare(scores, d, other.mentions(), other.events());
            }
        }
        if (!unpaired.isEmpty()) throw new InvalidInputException(unpaired);
        return scores;
    }

    private static void compare(Scores scores, LabelledDocument d, List<JsonNode> mentions, List<JsonNode> events) {
        match(scores, d, mentions, d.mentions(), "kind", "");
        match(scores, d, events, d.events(), "type", "event:");
        typesOnly(scores, d, events, d.events());
    }

    /**
     * "event-found": events of the labelled types found at all, their roles aside (a label of the
     * same type, each used once). Set against "event", it tells a missed event from misread roles.
     */
    private static void typesOnly(Scores scores, LabelledDocument d, List<JsonNode> predicted, List<JsonNode> gold) {
        Map<String, Integer> labelled = new java.util.HashMap<>();
        for (JsonNode g : gold) labelled.merge(g.get("type").asText(), 1, Integer::sum);
        int right = 0, extra = 0;
        for (JsonNode p : predicted) {
            String type = p.get("type").asText();
            if (labelled.getOrDefault(type, 0) > 0) {
                labelled.merge(type, -1, Integer::sum);
                right++;
            } else {
                extra++;
            }
        }
        int missed = labelled.values().stream().mapToInt(Integer::intValue).sum();
        scores.add("event-found", d.language(), right, extra, missed);
    }


    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("extract wrote JSON it cannot read back", e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static void match(Scores scores, LabelledDocument d, List<JsonNode> predicted, List<JsonNode> gold, String typeKey, String prefix) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        int[] labelOf = MaximumMatching.pair(predicted, gold, Evaluator::agrees);
        boolean[] used = new boolean[gold.size()];
        for (int l : labelOf) if (l >= 0) used[l] = true;
        for (int i = 0; i < predicted.size(); i++) {
            JsonNode p = predicted.get(i);
            String field = prefix + p.get(typeKey).asText();
            int[] c = counts.computeIfAbsent(field, k -> new int[3]);
            if (labelOf[i] >= 0) {
                c[0]++;
            } else {
                c[1]++;
                scores.miss(d.id() + " extra  " + compact(p));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!used[g]) {
                counts.computeIfAbsent(prefix + gold.get(g).get(typeKey).asText(), k -> new int[3])[2]++;
                scores.miss(d.id() + " missed " + gold.get(g));
            }
        }
        counts.forEach((field, c) -> {
            scores.add(field, d.language(), c[0], c[1], c[2]);
            if (!prefix.isEmpty()) scores.add("event", d.language(), c[0], c[1], c[2]);
        });
    }

    private static final String HOLDER_COUNTRY = "holder_country";
    private static final String ATTRIBUTED_TO = "attributed_to";
    /** Articles a credit may open with: "the Defense Ministry", "le ministère russe", "die Bundesregierung". */
    private static final java.util.regex.Pattern LEADING_ARTICLE =
            java.util.regex.Pattern.compile("^(?iu)(the|de|het|le|la|les|l['’]|der|die|das|den|dem|des)\\s*(?<=['’]|\\s)");

    /**
     * Two credits are the same when they differ at most by a leading article: the labelling rules
     * leave the article before a body's or outlet's credit open, since the labellers split on it
     * (docs/devset.md, "Labelling rules"), so an article kept or dropped is no error of either side.
     */
    static boolean sameCredit(String predicted, String label) {
        return LEADING_ARTICLE.matcher(predicted).replaceFirst("").equals(LEADING_ARTICLE.matcher(label).replaceFirst(""));
    }

    /** True for a label's holder written as an ISO 3166-1 alpha-2 code rather than a force's name. */
    private static boolean countryCode(String key, JsonNode want) {
        return key.equals("holder") && want.isTextual() && want.asText().matches("[A-Z]{2}");
    }

    private static String compact(JsonNode predicted) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        predicted.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (!v.isNull() && !(v.isArray() && v.isEmpty()) && !f.getKey().equals("evidence") && !f.getKey().equals("confidence")) {
                shown.put(f.getKey(), v.isTextual() ? v.asText() : v.toString());
            }
        });
        return shown.toString();
    }

    /**
     * Every key of the label must agree with the prediction; numbers compare by value. Two notations of
     * real-report labellers are read as meant: one name written without a list (equipment "Leopard 2")
     * agrees with a list holding it, and a holder written as a country code ("holder": "RU", as the
     * labeller brief asks codes) agrees with the holder's country. A second labelling has no holder's country
     * (its holder is the code itself), so there the two holders compare as written. A credit agrees with or
     * without its leading article ({@link #sameCredit}).
     */
    private static boolean agrees(JsonNode predicted, JsonNode label) {
        var fields = label.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            JsonNode want = f.getValue();
            JsonNode p = predicted.get(countryCode(f.getKey(), want) && predicted.has(HOLDER_COUNTRY) ? HOLDER_COUNTRY : f.getKey());
            if (want.isTextual() && p != null && p.isArray()) want = JSON.createArrayNode().add(want.asText());
            if (want.isNull()) {
                if (p != null && !p.isNull()) return false;
            } else if (p == null || p.isNull()) {
                return false;
            } else if (want.isNumber()) {
                if (!p.isNumber() || p.decimalValue().compareTo(want.decimalValue()) != 0) return false;
            } else if (want.isArray()) {
                if (!p.isArray()) return false;
                List<String> have = new ArrayList<>();
                p.forEach(v -> have.add(v.asText()));
                for (JsonNode item : want) if (!have.contains(item.asText())) return false;
            } else if (f.getKey().equals(ATTRIBUTED_TO) ? !sameCredit(p.asText(), want.asText()) : !p.asText().equals(want.asText())) {
                return false;
            }
        }
        return true;
    }
}
