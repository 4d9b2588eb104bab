package org.enduse.core.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.CharArrayWriter;
import java.io.IOException;
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
        // A mention writes about 210 characters and an event about 320 (on the development set):
        // sized a little above, most lines are not copied as they grow.
        return write(g -> {
            g.writeStartObject();
            field(g, Keys.SOURCE, x.document().source());
            field(g, Keys.LANGUAGE, x.language());
            g.writeFieldName(Keys.MENTIONS);
            g.writeStartArray();
            for (Mention m : x.mentions()) mention(g, m);
            g.writeEndArray();
            g.writeFieldName(Keys.EVENTS);
            g.writeStartArray();
            for (Event e : x.events()) event(g, e);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public static String error(String source, String message) {
        return write(g -> {
            g.writeStartObject();
            field(g, Keys.SOURCE, source);
            field(g, Keys.ERROR, message);
            g.writeEndObject();
        });
    }

    /** A story line for `extract --stories FILE`: {"story", "sources", "shared"}. */
    public static String story(Story story) {
        return write(g -> {
            g.writeStartObject();
            field(g, Keys.STORY, story.id());
            g.writeFieldName(Keys.SOURCES);
            strings(g, story.sources());
            g.writeFieldName(Keys.SHARED);
            strings(g, story.sharedFeatures());
            g.writeEndObject();
        });
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        field(g, Keys.KIND, m.kind().label());
        field(g, Keys.TEXT, m.text());
        field(g, Keys.START, m.start());
        field(g, Keys.END, m.end());
        field(g, Keys.NAME, m.name());
        field(g, Keys.CODE, m.code());
        field(g, Keys.COUNTRY, m.country());
        if (m.date() != null) field(g, Keys.VALUE, m.date().toString());
        else number(g, Keys.VALUE, m.amount());
        field(g, Keys.UNIT, m.unit());
        field(g, Keys.CURRENCY, m.currency());
        field(g, Keys.ITEM, m.item());
        confidence(g, m.confidence());
        field(g, Keys.ID, m.id());
        field(g, Keys.ROLE, m.role());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        field(g, Keys.TYPE, e.type().label());
        field(g, Keys.DONOR, e.donor());
        field(g, Keys.RECIPIENT, e.recipient());
        g.writeFieldName(Keys.EQUIPMENT);
        strings(g, e.equipment());
        field(g, Keys.STATUS, e.status());
        field(g, Keys.LOCATION_COUNTRY, e.locationCountry());
        field(g, Keys.PLACE, e.place());
        field(g, Keys.HOLDER, e.holder());
        field(g, Keys.BY, e.by());
        field(g, Keys.TARGET, e.target());
        field(g, Keys.STANCE, e.stance());
        field(g, Keys.ATTRIBUTED_TO, e.attributedTo());
        confidence(g, e.confidence());
        g.writeFieldName(Keys.EVIDENCE);
        g.writeStartObject();
        field(g, Keys.START, e.evidenceStart());
        field(g, Keys.END, e.evidenceEnd());
        g.writeEndObject();
        field(g, Keys.KIND, e.kind());
        number(g, Keys.QUANTITY, e.quantity());
        number(g, Keys.VALUE, e.value());
        field(g, Keys.CURRENCY, e.currency());
        field(g, Keys.HOLDER_COUNTRY, e.holderCountry());
        g.writeEndObject();
    }

    private static void confidence(JsonGenerator g, double value) throws IOException {
        g.writeFieldName(Keys.CONFIDENCE);
        g.writeNumber(HUNDREDTHS[(int) Math.round(Math.max(0, Math.min(1, value)) * 100)]);
    }

    private static void number(JsonGenerator g, SerializableString field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) g.writeNull();
        else g.writeNumber(value.toPlainString());
    }

    private static void field(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value); // null writes null
    }

    private static void field(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    /**
     * The keys of a document's line, quoted and escaped once: written as plain strings, every key of
     * every mention would be scanned for characters to escape, a sizeable part of writing a line.
     */
    private static final class Keys {
        static final SerializableString SOURCE = key("source"), LANGUAGE = key("language"), MENTIONS = key("mentions"),
                EVENTS = key("events"), KIND = key("kind"), TEXT = key("text"), START = key("start"), END = key("end"),
                NAME = key("name"), CODE = key("code"), COUNTRY = key("country"), VALUE = key("value"), UNIT = key("unit"),
                CURRENCY = key("currency"), ITEM = key("item"), CONFIDENCE = key("confidence"), ID = key("id"), ROLE = key("role"),
                TYPE = key("type"), DONOR = key("donor"), RECIPIENT = key("recipient"), EQUIPMENT = key("equipment"),
                STATUS = key("status"), LOCATION_COUNTRY = key("location_country"), PLACE = key("place"), HOLDER = key("holder"),
                HOLDER_COUNTRY = key("holder_country"),
                BY = key("by"), TARGET = key("target"), STANCE = key("stance"), ATTRIBUTED_TO = key("attributed_to"),
                EVIDENCE = key("evidence"), QUANTITY = key("quantity"), ERROR = key("error"), STORY = key("story"),
                SOURCES = key("sources"), SHARED = key("shared");

        private static SerializableString key(String name) {
            return new SerializedString(name);
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Per thread, the buffer a line is written into, kept from one line to the next. A line is ten
     * times its document (~36,000 characters); written through a new StringWriter it cost a buffer, a
     * second one as soon as a character beyond Latin-1 came (any Cyrillic letter or curly quote),
     * and the copy into the string: a fifth of all that extraction allocated.
     */
    private static final ThreadLocal<CharArrayWriter> BUFFERS = ThreadLocal.withInitial(CharArrayWriter::new);
    /** A buffer grown past this (a document of some 100 KB) is let go after its line, not kept for the next. */
    private static final int KEPT_CHARS = 1 << 20;

    private static String write(Body body) {
        CharArrayWriter out = BUFFERS.get();
        out.reset();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        if (out.size() > KEPT_CHARS) BUFFERS.remove();
        return out.toString();
    }
}
