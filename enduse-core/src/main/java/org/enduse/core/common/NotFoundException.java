package org.enduse.core.common;

/**
 * A record asked for by id that does not exist, or that the asker may not see: the two are
 * reported alike, so probing ids tells nothing about other organisations' records.
 */
public final class NotFoundException extends RuntimeException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
