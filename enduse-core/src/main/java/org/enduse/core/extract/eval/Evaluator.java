package org.enduse.core.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Event;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.ExtractionJson;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.Mention;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.DocumentFormat;
import org.enduse.core.source.Source;

/**
 * Scores extraction against hand labels. A predicted mention counts as right when a labelled
 * mention of the same kind has the same text and agrees on every other key the label gives (code,
 * id, value, unit, currency...); an event, when a labelled event of the same type agrees on every
 * key the label gives. Each label is matched at most once. Fields are the mention kinds, "event"
 * for all events and "event:TYPE" per type; the document language is scored as "language".
 */
public final class Evaluator {
    private Evaluator() {}

    public static Scores score(Extractor extractor, List<LabelledDocument> documents) {
        Scores scores = new Scores();
        for (LabelledDocument d : documents) {
            Document doc = new Document(d.id(), d.id(), Source.sha256Of(d.text().getBytes(StandardCharsets.UTF_8)), DocumentFormat.TEXT,
                    "UTF-8", null, null, Instant.EPOCH, d.text());
            Extraction x = extractor.extract(doc, PartialDate.parseNullable(d.published()));
            boolean langRight = x.language().equals(d.language());
            scores.add("language", d.language(), langRight ? 1 : 0, langRight ? 0 : 1, langRight ? 0 : 1);
            List<Map<String, Object>> predicted = new ArrayList<>();
            for (Mention m : x.mentions()) predicted.add(ExtractionJson.mentionMap(m));
            match(scores, d, predicted, d.mentions(), "kind", "");
            List<Map<String, Object>> events = new ArrayList<>();
            for (Event e : x.events()) events.add(ExtractionJson.eventMap(e));
            match(scores, d, events, d.events(), "type", "event:");
        }
        return scores;
    }


    private static void match(Scores scores, LabelledDocument d, List<Map<String, Object>> predicted, List<JsonNode> gold, String typeKey, String prefix) {
        boolean[] used = new boolean[gold.size()];
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Map<String, Object> p : predicted) {
            String field = prefix + p.get(typeKey);
            int[] c = counts.computeIfAbsent(field, k -> new int[3]);
            int hit = -1;
            for (int g = 0; g < gold.size() && hit < 0; g++) {
                if (!used[g] && agrees(p, gold.get(g))) hit = g;
            }
            if (hit >= 0) {
                used[hit] = true;
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

    private static String compact(Map<String, Object> predicted) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        predicted.forEach((k, v) -> {
            if (v != null && !(v instanceof List<?> l && l.isEmpty()) && !k.equals("evidence") && !k.equals("confidence")) shown.put(k, v);
        });
        return shown.toString();
    }

    /** Every key of the label must agree with the prediction; numbers compare by value. */
    private static boolean agrees(Map<String, Object> predicted, JsonNode label) {
        var fields = label.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            Object p = predicted.get(f.getKey());
            JsonNode want = f.getValue();
            if (want.isNull()) {
                if (p != null) return false;
            } else if (want.isNumber()) {
                if (!(p instanceof Number n) || new BigDecimal(n.toString()).compareTo(want.decimalValue()) != 0) return false;
            } else if (want.isArray()) {
                if (!(p instanceof List<?> list)) return false;
                for (JsonNode item : want) if (!list.contains(item.asText())) return false;
            } else if (p == null || !p.toString().equals(want.asText())) {
                return false;
            }
        }
        return true;
    }
}
