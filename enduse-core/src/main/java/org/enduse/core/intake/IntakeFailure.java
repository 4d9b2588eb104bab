package org.enduse.core.intake;

/** Why a document could not be read; summaries count errors by these kinds. */
public enum IntakeFailure {
    NOT_FOUND, UNREADABLE, TOO_LARGE, BINARY, EMPTY, BAD_ENCODING, BAD_FEED, UNSUPPORTED,
    HTTP_STATUS, TIMEOUT, TOO_MANY_REDIRECTS, FORBIDDEN_ADDRESS, NETWORK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
