package org.enduse.core.extract;

import java.time.LocalDate;
import java.util.List;
import org.enduse.core.intake.Document;

/**
 * What extraction found in one document: its language, the language of each paragraph, the
 * mentions in text order and the events.
 */
public record Extraction(Document document, String language, List<Paragraph> paragraphs, LocalDate published,
                         List<Mention> mentions, List<Event> events) {
    /** A paragraph's span in the text and its language. */
    public record Paragraph(int start, int end, String language) {}

    public Extraction {
        paragraphs = List.copyOf(paragraphs);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
