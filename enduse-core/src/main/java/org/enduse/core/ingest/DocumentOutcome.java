package org.enduse.core.ingest;

/**
 * What ingesting one document did.
 *
 * @param source     the path or URL as given
 * @param sourceId   the stored source (new, or the one with the same content), null on failure
 * @param language   the document's language, null on failure
 * @param errorKind  why it failed (an intake failure label, "internal" or "store"), null otherwise
 * @param message    the failure in plain words, null otherwise
 */
public record DocumentOutcome(Result result, String source, String sourceId, String language, int mentions, int events, int candidates,
                              String errorKind, String message) {
    public enum Result { NEW, ALREADY_INGESTED, FAILED }

    /** @param language the stored source's language, null when it has none */
    static DocumentOutcome already(String source, String sourceId, String language) {
        return new DocumentOutcome(Result.ALREADY_INGESTED, source, sourceId, language == null ? "und" : language, 0, 0, 0, null, null);
    }

    static DocumentOutcome failed(String source, String kind, String message) {
        return new DocumentOutcome(Result.FAILED, source, null, null, 0, 0, 0, kind, message);
    }
}
