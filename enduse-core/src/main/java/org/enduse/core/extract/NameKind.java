package org.enduse.core.extract;

/**
 * What a dictionary name stands for. A capital is a place that may stand for its government
 * ("Kyiv denied"), so it is kept apart from other places.
 */
public enum NameKind {
    EQUIPMENT, COUNTRY, CAPITAL, PLACE, ORGANIZATION, PERSON;

    MentionKind mentionKind() {
        return switch (this) {
            case EQUIPMENT -> MentionKind.EQUIPMENT;
            case COUNTRY -> MentionKind.COUNTRY;
            case CAPITAL, PLACE -> MentionKind.PLACE;
            case ORGANIZATION -> MentionKind.ORGANIZATION;
            case PERSON -> MentionKind.PERSON;
        };
    }
}
