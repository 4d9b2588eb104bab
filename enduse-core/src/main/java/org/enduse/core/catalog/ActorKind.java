package org.enduse.core.catalog;

/** What kind of party an actor is; end-use rules treat each differently. */
public enum ActorKind {
    STATE,
    ARMED_FORCE,
    UNIT,
    ARMED_GROUP,
    COMPANY,
    GOVERNMENT_BODY,
    INTERNATIONAL_BODY,
    MEDIA_OUTLET,
    PERSON
}
