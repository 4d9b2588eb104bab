package org.enduse.store.search;

/**
 * One searchable record: its kind ("source", "sighting", "transfer") and id, the title and link a
 * result shows, the ISO 639-1 language of its text (null: unknown, indexed language-neutrally) and
 * the text itself.
 */
public record SearchDocument(String kind, String id, String title, String link, String language, String text) {
    public SearchDocument {
        if (kind == null || id == null) throw new IllegalArgumentException("a search document needs a kind and an id");
        if (title == null) title = id;
        if (text == null) text = "";
    }

    /** The key a record has in the index: kind and id together. */
    public String key() {
        return kind + ":" + id;
    }
}
