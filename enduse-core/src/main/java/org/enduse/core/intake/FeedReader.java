package org.enduse.core.intake;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into items. The parser is set up so a feed cannot
 * make us expand entities or fetch anything: DTDs are not processed and external entities are off,
 * so a "billion laughs" or an XXE payload ends as an error about an undeclared entity, never as
 * gigabytes of text or a local file's content.
 */
public final class FeedReader {
    private static final int MAX_ITEMS = 10_000;

    /** One feed entry: its title, link, publication date (or null) and body HTML or text. */
    public record Item(String title, String link, LocalDate published, String body, String xml) {}

    private FeedReader() {}

    static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public static List<Item> read(String xml) {
        List<Item> items = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = hardenedFactory().createXMLStreamReader(new StringReader(xml));
            boolean sawFeed = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) throw entity(reader.getLocalName());
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String name = reader.getLocalName();
                if (name.equals("rss") || name.equals("feed") || name.equals("RDF")) sawFeed = true;
                if (name.equals("item") || name.equals("entry")) {
                    if (items.size() >= MAX_ITEMS) throw new IntakeException(IntakeFailure.BAD_FEED, "more than " + MAX_ITEMS + " items");
                    items.add(item(reader, name));
                }
            }
            if (!sawFeed) throw new IntakeException(IntakeFailure.BAD_FEED, "not an RSS or Atom feed (no rss, feed or rdf:RDF element)");
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new IntakeException(IntakeFailure.BAD_FEED, "malformed or unsafe feed XML" + where + ": " + message(e), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Closing a string-backed reader cannot lose anything.
                }
            }
        }
        if (items.isEmpty()) throw new IntakeException(IntakeFailure.EMPTY, "the feed has no items");
        return items;
    }

    private static Item item(XMLStreamReader reader, String itemElement) throws XMLStreamException {
        String title = null, link = null, body = null, date = null;
        StringBuilder xml = new StringBuilder();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) throw entity(reader.getLocalName());
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            String name = reader.getLocalName();
            if (name.equals("link") && reader.getAttributeValue(null, "href") != null) {
                String rel = reader.getAttributeValue(null, "rel");
                if (link == null && (rel == null || rel.equals("alternate"))) link = reader.getAttributeValue(null, "href");
                continue;
            }
            if (depth != 2) continue;
            String value;
            switch (name) {
                case "title" -> title = value = text(reader);
                case "link" -> link = value = text(reader);
                case "description", "summary" -> { value = text(reader); if (body == null) body = value; }
                case "encoded", "content" -> body = value = text(reader);
                case "pubDate", "published", "date", "updated" -> { value = text(reader); if (date == null) date = value; }
                default -> { continue; }
            }
            depth--; // text() consumed the element's end tag
            xml.append('<').append(name).append('>').append(value).append('\n');
        }
        if (title == null && body == null) {
            throw new IntakeException(IntakeFailure.BAD_FEED, "an " + itemElement + " has neither a title nor a body");
        }
        return new Item(strip(title), strip(link), date(date), body == null ? "" : body, xml.toString());
    }

    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.append(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw entity(reader.getLocalName());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> { }
            }
        }
        return out.toString();
    }

    private static IntakeException entity(String name) {
        return new IntakeException(IntakeFailure.BAD_FEED, "the feed uses the entity &" + name + "; which is not expanded (entity expansion is refused)");
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRfc822) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException notIso) {
                try {
                    return v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
                } catch (DateTimeParseException unknown) {
                    return null; // A feed date we cannot read is treated as absent, not as an error.
                }
            }
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int cut = m.indexOf("Message: ");
        String core = (cut >= 0 ? m.substring(cut + 9) : m).strip();
        return core.startsWith("The entity") ? core + " (entities are not expanded)" : core;
    }
}
