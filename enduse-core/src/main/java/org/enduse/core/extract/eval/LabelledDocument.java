package org.enduse.core.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One document of the development set: its text, language, publication date and the mentions and
 * events a person labelled in it. Labels are JSON objects with the output's keys (docs/devset.md).
 */
public record LabelledDocument(String id, String language, String published, String text, List<JsonNode> mentions, List<JsonNode> events) {
    public LabelledDocument {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
