package org.enduse.core.catalog;

/**
 * One candidate for a name: an equipment type or an actor, a score in [0,1] and how it matched
 * (name, alias, inflected form, demonym, capital, part of the name, spelling variant).
 */
public record CatalogMatch(EquipmentType type, ActorEntry actor, double score, String how, String matchedAlias) {
    public boolean isEquipment() {
        return type != null;
    }

    public String id() {
        return type != null ? type.id() : actor.actor().id();
    }

    public String name() {
        return type != null ? type.name() : actor.actor().name();
    }
}
