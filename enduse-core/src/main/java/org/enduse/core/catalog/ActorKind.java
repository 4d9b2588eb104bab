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
    /** Research institutes and investigators whose findings reports cite (SIPRI, Conflict Armament Research). */
    RESEARCH_ORGANIZATION,
    /** Parties named as actors in politics around arms deliveries (SPD, D66, Open VLD). */
    POLITICAL_PARTY,
    PERSON
}
