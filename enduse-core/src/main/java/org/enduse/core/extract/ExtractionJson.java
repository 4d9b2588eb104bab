package org.enduse.core.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable JSON shape of `enduse extract --format jsonl` (docs/formats.md): one object per
 * document. Every key is always present (null when it does not apply), so consumers can rely on it.
 */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {}

    public static String line(Extraction x) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", x.document().source());
        doc.put("language", x.language());
        List<Object> mentions = new ArrayList<>();
        for (Mention m : x.mentions()) mentions.add(mentionMap(m));
        doc.put("mentions", mentions);
        List<Object> events = new ArrayList<>();
        for (Event e : x.events()) events.add(eventMap(e));
        doc.put("events", events);
        return write(doc);
    }

    public static String error(String source, String message) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", source);
        doc.put("error", message);
        return write(doc);
    }

    /** A story line for `extract --stories FILE`: {"story", "sources", "shared"}. */
    public static String story(Story story) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("story", story.id());
        o.put("sources", story.sources());
        o.put("shared", story.sharedFeatures());
        return write(o);
    }

    public static Map<String, Object> mentionMap(Mention m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", m.kind().label());
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("name", m.name());
        o.put("code", m.code());
        o.put("country", m.country());
        o.put("value", m.date() != null ? m.date().toString() : m.amount());
        o.put("unit", m.unit());
        o.put("currency", m.currency());
        o.put("item", m.item());
        o.put("confidence", m.confidence());
        o.put("id", m.id());
        o.put("role", m.role());
        return o;
    }

    public static Map<String, Object> eventMap(Event e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", e.type().label());
        o.put("donor", e.donor());
        o.put("recipient", e.recipient());
        o.put("equipment", e.equipment());
        o.put("status", e.status());
        o.put("location_country", e.locationCountry());
        o.put("place", e.place());
        o.put("holder", e.holder());
        o.put("by", e.by());
        o.put("target", e.target());
        o.put("stance", e.stance());
        o.put("attributed_to", e.attributedTo());
        o.put("confidence", e.confidence());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("start", e.evidenceStart());
        evidence.put("end", e.evidenceEnd());
        o.put("evidence", evidence);
        o.put("kind", e.kind());
        o.put("quantity", e.quantity());
        o.put("value", e.value());
        o.put("currency", e.currency());
        return o;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }
}
