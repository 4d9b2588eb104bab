package org.enduse.core.intake;

/** What a document's bytes are, which decides how its text is taken out. */
public enum DocumentFormat {
    TEXT, HTML, FEED_ITEM
}
