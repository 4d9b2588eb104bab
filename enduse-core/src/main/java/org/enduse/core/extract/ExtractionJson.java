package org.enduse.core.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The stable JSON shape of `enduse extract --format jsonl` (docs/formats.md): one object per
 * document. Every key is always present (null when it does not apply), so consumers can rely on it.
 * Written with a streaming generator: this runs once per document on the hot path.
 */
public final class ExtractionJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Confidences are heuristic scores: two decimals say all they know, and format without Double.toString. */
    private static final String[] HUNDREDTHS = new String[101];

    static {
        for (int i = 0; i <= 100; i++) HUNDREDTHS[i] = i == 100 ? "1.0" : i % 10 == 0 ? "0." + i / 10 : String.format(java.util.Locale.ROOT, "0.%02d", i);
    }

    private ExtractionJson() {}

    public static String line(Extraction x) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("source", x.document().source());
            g.writeStringField("language", x.language());
            g.writeArrayFieldStart("mentions");
            for (Mention m : x.mentions()) mention(g, m);
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : x.events()) event(g, e);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public static String error(String source, String message) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    /** A story line for `extract --stories FILE`: {"story", "sources", "shared"}. */
    public static String story(Story story) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("story", story.id());
            strings(g, "sources", story.sources());
            strings(g, "shared", story.sharedFeatures());
            g.writeEndObject();
        });
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", m.kind().label());
        g.writeStringField("text", m.text());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("name", m.name());
        g.writeStringField("code", m.code());
        g.writeStringField("country", m.country());
        if (m.date() != null) g.writeStringField("value", m.date().toString());
        else number(g, "value", m.amount());
        g.writeStringField("unit", m.unit());
        g.writeStringField("currency", m.currency());
        g.writeStringField("item", m.item());
        confidence(g, m.confidence());
        g.writeStringField("id", m.id());
        g.writeStringField("role", m.role());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type().label());
        g.writeStringField("donor", e.donor());
        g.writeStringField("recipient", e.recipient());
        strings(g, "equipment", e.equipment());
        g.writeStringField("status", e.status());
        g.writeStringField("location_country", e.locationCountry());
        g.writeStringField("place", e.place());
        g.writeStringField("holder", e.holder());
        g.writeStringField("by", e.by());
        g.writeStringField("target", e.target());
        g.writeStringField("stance", e.stance());
        g.writeStringField("attributed_to", e.attributedTo());
        confidence(g, e.confidence());
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("start", e.evidenceStart());
        g.writeNumberField("end", e.evidenceEnd());
        g.writeEndObject();
        g.writeStringField("kind", e.kind());
        number(g, "quantity", e.quantity());
        number(g, "value", e.value());
        g.writeStringField("currency", e.currency());
        g.writeEndObject();
    }

    private static void confidence(JsonGenerator g, double value) throws IOException {
        g.writeFieldName("confidence");
        g.writeNumber(HUNDREDTHS[(int) Math.round(Math.max(0, Math.min(1, value)) * 100)]);
    }

    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) g.writeNull();
        else g.writeNumber(value.toPlainString());
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
