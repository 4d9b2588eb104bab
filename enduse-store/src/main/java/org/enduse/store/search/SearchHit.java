package org.enduse.store.search;

/** A search result: the record, its title and link, and a passage of its text around the first match. */
public record SearchHit(String kind, String id, String title, String link, String snippet, float score) {}
